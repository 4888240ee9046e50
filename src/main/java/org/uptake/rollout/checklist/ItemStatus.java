package org.uptake.rollout.checklist;

/** Where an item stands; done and not applicable both count as complete. */
public enum ItemStatus {
    OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE;

    public boolean complete() {
        return this == DONE || this == NOT_APPLICABLE;
    }
}
