package org.uptake.process.spec;

/** A result of some process, as the resource picker offers it. */
public record ResultOption(long id, String text, String processName) {
}
