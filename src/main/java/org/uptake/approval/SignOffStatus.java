package org.uptake.approval;

/** Where a request stands: waiting for decisions, or finished one way or the other. */
public enum SignOffStatus {
    OPEN, APPROVED, REJECTED, CANCELLED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
