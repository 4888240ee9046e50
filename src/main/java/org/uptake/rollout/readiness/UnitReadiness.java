package org.uptake.rollout.readiness;

import java.util.List;
import org.uptake.rollout.wave.WaveUnit;

/** A wave unit's readiness now: the value of every criterion, the weighted score, ready or not and why not. */
public record UnitReadiness(WaveUnit unit, List<CriterionResult> results, int score, boolean ready, List<Reason> reasons) {

    public UnitReadiness {
        results = List.copyOf(results);
        reasons = List.copyOf(reasons);
    }

    public CriterionResult result(CriterionKind kind) {
        return results.stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
    }
}
