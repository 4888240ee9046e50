package org.uptake.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class KpiIndicatorRepository {

    private final JdbcClient jdbc;

    KpiIndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> indicatorOf(long organizationId, long kpiId) {
        return jdbc.sql("select process_indicator_id from kpi where organization_id = ? and id = ? and process_indicator_id is not null")
                .params(organizationId, kpiId).query(Long.class).optional();
    }

    int link(long organizationId, long kpiId, Long indicatorId, int version) {
        return jdbc.sql("""
                update kpi set process_indicator_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(indicatorId, organizationId, kpiId, version).update();
    }

    /** The KPIs measuring any of the indicators, with their program's name and latest value: one query. */
    List<IndicatorKpi> measuring(long organizationId, Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select k.id, k.program_id, p.name as program_name, k.code, k.name, k.unit_of_measure, k.process_indicator_id as indicator_id,
                       k.target_value, (select m.value from kpi_measurement m where m.kpi_id = k.id
                                        order by m.measured_on desc, m.id desc limit 1) as latest_value
                from kpi k join program p on p.id = k.program_id
                where k.organization_id = :org and k.process_indicator_id in (:ids)
                order by k.process_indicator_id, k.name, k.id""")
                .param("org", organizationId).param("ids", indicatorIds).query(IndicatorKpi.class).list();
    }

    /** Unties the organisation's KPIs whose indicator was removed from the catalog. */
    int untieRemoved(long organizationId) {
        return jdbc.sql("""
                update kpi k set process_indicator_id = null, version = version + 1, updated_at = now()
                where k.organization_id = ? and k.process_indicator_id is not null
                  and not exists (select 1 from process_indicator i where i.id = k.process_indicator_id)""")
                .param(organizationId).update();
    }
}
