package org.uptake.support;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;

/**
 * The readiness gate's "open critical problems": per unit of the program, the critical problems of that
 * program still open in the unit or below it. Every unit asked for gets a value (0 when none), so the
 * gate never sees a missing reading once the problem log exists. One query for the whole board.
 */
@Component
class OpenCriticalProblemsSignal implements ReadinessSignal {

    private final JdbcClient jdbc;

    OpenCriticalProblemsSignal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.PROBLEMS;
    }

    @Override
    public List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select w.id, count(p.id) as open_critical
                from unit w
                left join unit pu on pu.organization_id = w.organization_id and pu.path like w.path || '%'
                left join problem p on p.unit_id = pu.id and p.program_id = :program and p.severity = 'CRITICAL'
                     and p.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER')
                where w.organization_id = :org and w.id in (:units)
                group by w.id""")
                .param("org", organizationId).param("program", programId).param("units", unitIds)
                .query((rs, n) -> {
                    long count = rs.getLong("open_critical");
                    return new SignalValue(kind(), rs.getLong("id"), BigDecimal.valueOf(count), "support",
                            count == 0 ? null : count + " open critical");
                }).list();
    }
}
