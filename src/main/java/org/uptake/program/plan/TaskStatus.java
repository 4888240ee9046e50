package org.uptake.program.plan;

/** Where a task stands. DONE means its completion criterion was confirmed with evidence. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** Finished or cancelled: no longer holds up its successors. */
    public boolean closed() {
        return !open();
    }
}
