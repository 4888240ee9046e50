package org.uptake.rollout.pilot;

/** A finding is open until fixed; closed once the fix is confirmed. Fixed and closed no longer block stability. */
public enum FindingStatus {
    OPEN, FIXED, CLOSED;

    public boolean open() {
        return this == OPEN;
    }
}
