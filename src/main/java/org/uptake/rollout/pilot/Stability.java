package org.uptake.rollout.pilot;

import java.util.List;
import org.uptake.rollout.readiness.Reason;

/** Whether a wave meets its program's "stable" criteria now, and if not, why (in words). */
public record Stability(boolean met, List<Reason> reasons) {

    public Stability {
        reasons = List.copyOf(reasons);
    }
}
