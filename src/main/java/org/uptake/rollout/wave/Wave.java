package org.uptake.rollout.wave;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A wave of a program's rollout. Waves are ordered by {@code position}; the first may be the pilot.
 * {@code stableAt} is when the wave was declared stable (its criteria met, or overridden with a
 * reason by the sponsor or an admin) — the next wave's units go live only after that.
 */
public record Wave(long id, long programId, int position, String name, boolean pilot, ScopeKind scopeKind, String functions,
                   LocalDate plannedGoLive, Instant stableAt, String stableByName, String stableOverrideReason,
                   int units, int liveUnits, int version) {

    public boolean stable() {
        return stableAt != null;
    }

    public boolean live() {
        return liveUnits > 0;
    }

    public boolean allLive() {
        return units > 0 && liveUnits == units;
    }
}
