package org.uptake.rollout.checklist;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;

/** The checklist criterion: the share of a unit's checklist items that are done or not applicable, in one query. */
@Component
class ChecklistSignal implements ReadinessSignal {

    private final ChecklistRepository repository;

    ChecklistSignal(ChecklistRepository repository) {
        this.repository = repository;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.CHECKLIST;
    }

    @Override
    public List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds) {
        return repository.shares(organizationId, programId, unitIds).stream()
                .filter(s -> s.total() > 0)
                .map(s -> SignalValue.percent(CriterionKind.CHECKLIST, s.unitId(), s.done(), s.total(), "rollout"))
                .toList();
    }
}
