package org.uptake.rollout.readiness;

import java.util.List;

/** Why a unit is not ready, as a message key and its arguments ("head has not signed off"). */
public record Reason(CriterionKind kind, String code, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
