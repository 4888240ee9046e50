package org.uptake.training.completion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;

/**
 * The gate's "training completion %": the share of a unit's people (with its subtree) who completed
 * every required course meant for them, with "12 / 14" as the note. A unit of the wave where no required
 * course concerns anyone reads 100 with the note "0 / 0": nobody there needs training, and a program
 * without courses must not be blocked by a criterion it has nothing for.
 */
@Component
class TrainingReadinessSignal implements ReadinessSignal {

    private final CompletionRepository repository;

    TrainingReadinessSignal(CompletionRepository repository) {
        this.repository = repository;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.TRAINING;
    }

    @Override
    public List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds) {
        Map<Long, int[]> figures = repository.byUnit(organizationId, programId, unitIds);
        List<SignalValue> out = new ArrayList<>(figures.size());
        for (Long unit : unitIds) {
            int[] f = figures.getOrDefault(unit, new int[]{0, 0});
            java.math.BigDecimal value = f[0] == 0 ? java.math.BigDecimal.valueOf(100) : UnitCompletion.percent(f[0], f[1]);
            out.add(new SignalValue(kind(), unit, value, "training", f[1] + " / " + f[0]));
        }
        return out;
    }
}
