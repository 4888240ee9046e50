package org.uptake.process.spec;

/** A provisional executor role still standing in for a position, and in how many processes. */
public record ProvisionalRole(String name, long processes) {
}
