package org.uptake.governance.acknowledgement;

/** How many addressees of the current revision have acknowledged, are pending, and are overdue. */
public record AcknowledgementCounts(long total, long acknowledged, long overdue) {

    public long pending() {
        return total - acknowledged;
    }
}
