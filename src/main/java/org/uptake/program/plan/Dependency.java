package org.uptake.program.plan;

import java.time.Instant;
import org.uptake.program.playbook.OrderStrength;

/**
 * Finish-to-start: the successor starts (and completes) only after the predecessor is done. A HARD
 * dependency comes from a playbook rule and is never overridden; a DEFAULT one may be, with a reason.
 */
public record Dependency(long id, long predecessorId, String predecessorTitle, TaskStatus predecessorStatus,
                         long successorId, String successorTitle, OrderStrength strength, String origin, String reason,
                         String overrideReason, String overriddenByName, Instant overriddenAt) {

    public boolean overridden() {
        return overrideReason != null;
    }

    /** Still holds up its successor: the predecessor is open and the order was not overridden. */
    public boolean blocking() {
        return predecessorStatus.open() && !overridden();
    }
}
