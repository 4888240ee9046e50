package org.uptake.program.plan;

import java.time.Instant;
import org.uptake.program.playbook.OrderStrength;

/** Phase {@code phaseId} starts only after phase {@code predecessorId} is accepted (unless a DEFAULT rule was overridden). */
public record PhaseOrder(long phaseId, long predecessorId, String predecessorName, PhaseStatus predecessorStatus,
                         OrderStrength strength, String reason, String seedRef, String overrideReason,
                         String overriddenByName, Instant overriddenAt) {

    public boolean blocking() {
        return predecessorStatus != PhaseStatus.ACCEPTED && overrideReason == null;
    }
}
