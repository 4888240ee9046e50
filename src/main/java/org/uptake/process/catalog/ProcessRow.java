package org.uptake.process.catalog;

/** A process as lists and pickers show it. */
public record ProcessRow(long id, String code, String name, int level, String parentName, String ownerTitle,
                         ProcessStatus status, int completeness, int provisionalExecutors) {
}
