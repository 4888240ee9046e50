package org.uptake.program;

/** The lifecycle of a program; it only moves forward, one step at a time. */
public enum ProgramStatus {
    PREPARATION, ROLLOUT, AFTER_ROLLOUT, IN_OPERATION, CLOSED;

    /** The status after this one, or null when closed. */
    public ProgramStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
