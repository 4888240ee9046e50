package org.uptake.program;

/** A tab as the program page shows it. */
public record ProgramTabLink(String key, String messageKey, String href) {
}
