package org.uptake.report.backlog;

/** Where a backlog item stands; done and rejected items are finished. */
public enum BacklogStatus {
    OPEN, PLANNED, IN_PROGRESS, DONE, REJECTED;

    public boolean open() {
        return this != DONE && this != REJECTED;
    }
}
