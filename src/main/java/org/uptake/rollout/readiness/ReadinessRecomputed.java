package org.uptake.rollout.readiness;

import java.util.List;

/** Stored readiness scores changed; the gate listens to flag sign-offs whose unit's readiness dropped. */
public record ReadinessRecomputed(long organizationId, long programId, List<Change> changes) {

    public ReadinessRecomputed {
        changes = List.copyOf(changes);
    }

    public record Change(long waveUnitId, int before, int after, boolean ready) {
    }
}
