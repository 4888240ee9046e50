package org.uptake.rollout.migration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;

/**
 * The data migration criterion: the share of a unit's migrations (its own and the program-wide ones) that
 * passed the test after migrating. A unit with no data source to migrate reads 100 %, noted as such.
 */
@Component
class MigrationSignal implements ReadinessSignal {

    private final MigrationRepository repository;

    MigrationSignal(MigrationRepository repository) {
        this.repository = repository;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.MIGRATION;
    }

    @Override
    public List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds) {
        Map<Long, MigrationRepository.UnitShare> shares = new HashMap<>();
        repository.shares(organizationId, programId, unitIds).forEach(s -> shares.put(s.unitId(), s));
        List<SignalValue> out = new ArrayList<>(unitIds.size());
        for (long unitId : unitIds) {
            MigrationRepository.UnitShare s = shares.get(unitId);
            if (s == null || s.total() == 0) {
                out.add(new SignalValue(CriterionKind.MIGRATION, unitId, BigDecimal.valueOf(100), "rollout", "—"));
            } else {
                out.add(SignalValue.percent(CriterionKind.MIGRATION, unitId, s.done(), s.total(), "rollout"));
            }
        }
        return out;
    }
}
