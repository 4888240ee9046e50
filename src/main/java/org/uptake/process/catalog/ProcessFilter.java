package org.uptake.process.catalog;

/** Narrows the process list: a level, a status, an owner position. */
public record ProcessFilter(Integer level, ProcessStatus status, Long ownerPositionId) {
    public static final ProcessFilter NONE = new ProcessFilter(null, null, null);
}
