package org.uptake.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class KpiRepository {

    /** A KPI with its program, goal, owner, latest measurement and worst open gap in one row: one query per list. */
    private static final String SELECT = """
            select k.*, p.name as program_name, g.statement as goal_statement, o.full_name as owner_name,
                   lm.value as latest_value, lm.measured_on as latest_on, og.level as open_gap
            from kpi k join program p on p.id = k.program_id join program_goal g on g.id = k.goal_id
            left join person o on o.id = k.owner_person_id
            left join lateral (select m.value, m.measured_on from kpi_measurement m where m.kpi_id = k.id
                               order by m.measured_on desc, m.id desc limit 1) lm on true
            left join lateral (select case when bool_or(x.level = 'LARGE') then 'LARGE' when count(*) > 0 then 'SMALL' end as level
                               from kpi_gap x where x.kpi_id = k.id and x.resolved_at is null) og on true
            """;

    private final JdbcClient jdbc;

    KpiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Kpi> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where k.organization_id = ? and k.id = ?").params(organizationId, id).query(KpiRepository::map).optional();
    }

    /**
     * KPIs by name then id, after a cursor: of one program, or (programId null) of every program the
     * member belongs to (member null: the whole organisation).
     */
    List<Kpi> page(long organizationId, Long programId, Long member, String afterName, long afterId, int limit) {
        var sql = new StringBuilder(SELECT).append(" where k.organization_id = :org");
        var params = new HashMap<String, Object>();
        params.put("org", organizationId);
        if (programId != null) {
            sql.append(" and k.program_id = :program");
            params.put("program", programId);
        }
        if (member != null) {
            sql.append(" and exists (select 1 from program_member pm where pm.program_id = k.program_id and pm.person_id = :member)");
            params.put("member", member);
        }
        if (afterName != null) {
            sql.append(" and (lower(k.name), k.id) > (:afterName, :afterId)");
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        sql.append(" order by lower(k.name), k.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(KpiRepository::map).list();
    }

    boolean goalOf(long organizationId, long programId, long goalId) {
        return jdbc.sql("select exists (select 1 from program_goal where organization_id = ? and program_id = ? and id = ?)")
                .params(organizationId, programId, goalId).query(Boolean.class).single();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    boolean codeTaken(long organizationId, String code, long exceptId) {
        return jdbc.sql("select exists (select 1 from kpi where organization_id = ? and lower(code) = lower(?) and id <> ?)")
                .params(organizationId, code, exceptId).query(Boolean.class).single();
    }

    long insert(long organizationId, long programId, KpiForm f) {
        return jdbc.sql("""
                insert into kpi (organization_id, program_id, goal_id, code, name, unit_of_measure, method, direction, source, period,
                                 aggregation, baseline_value, baseline_date, target_value, target_date, small_gap_pct, large_gap_pct,
                                 owner_person_id, preset)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getGoalId(), f.getCode(), f.getName(), f.getUnitOfMeasure(), f.getMethod(),
                        f.getDirection().name(), f.getSource(), f.getPeriod().name(), f.getAggregation().name(), f.getBaselineValue(),
                        f.getBaselineDate(), f.getTargetValue(), f.getTargetDate(), f.getSmallGapPct(), f.getLargeGapPct(),
                        f.getOwnerPersonId(), f.getPreset())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, KpiForm f) {
        return jdbc.sql("""
                update kpi set goal_id = ?, code = ?, name = ?, unit_of_measure = ?, method = ?, direction = ?, source = ?, period = ?,
                       aggregation = ?, baseline_value = ?, baseline_date = ?, target_value = ?, target_date = ?, small_gap_pct = ?,
                       large_gap_pct = ?, owner_person_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getGoalId(), f.getCode(), f.getName(), f.getUnitOfMeasure(), f.getMethod(), f.getDirection().name(),
                        f.getSource(), f.getPeriod().name(), f.getAggregation().name(), f.getBaselineValue(), f.getBaselineDate(),
                        f.getTargetValue(), f.getTargetDate(), f.getSmallGapPct(), f.getLargeGapPct(), f.getOwnerPersonId(),
                        organizationId, id, f.getVersion())
                .update();
    }

    /** Bumps the version when the plan changes, so a stale plan editor is refused like a stale form. */
    int touch(long organizationId, long id, int version) {
        return jdbc.sql("update kpi set version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from kpi where organization_id = ? and id = ? and version = ?").params(organizationId, id, version).update();
    }

    List<PlanPoint> plan(long organizationId, long kpiId) {
        return jdbc.sql("select period_start, planned_value from kpi_plan_point where organization_id = ? and kpi_id = ? order by 1")
                .params(organizationId, kpiId)
                .query((rs, n) -> new PlanPoint(rs.getObject(1, java.time.LocalDate.class), rs.getBigDecimal(2))).list();
    }

    void replacePlan(long organizationId, long kpiId, List<PlanPoint> points) {
        jdbc.sql("delete from kpi_plan_point where kpi_id = ?").param(kpiId).update();
        if (!points.isEmpty()) {
            jdbc.sql("""
                    insert into kpi_plan_point (kpi_id, organization_id, period_start, planned_value)
                    select ?, ?, unnest(?::date[]), unnest(?::numeric[])""")
                    .params(kpiId, organizationId, points.stream().map(p -> java.sql.Date.valueOf(p.periodStart())).toArray(java.sql.Date[]::new),
                            points.stream().map(PlanPoint::plannedValue).toArray(java.math.BigDecimal[]::new))
                    .update();
        }
    }

    static Kpi map(ResultSet rs, int n) throws SQLException {
        String gap = rs.getString("open_gap");
        return new Kpi(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"), rs.getLong("goal_id"),
                rs.getString("goal_statement"), rs.getString("code"), rs.getString("name"), rs.getString("unit_of_measure"),
                rs.getString("method"), Direction.valueOf(rs.getString("direction")), rs.getString("source"),
                Period.valueOf(rs.getString("period")), Aggregation.valueOf(rs.getString("aggregation")),
                rs.getBigDecimal("baseline_value"), rs.getObject("baseline_date", java.time.LocalDate.class),
                rs.getBigDecimal("target_value"), rs.getObject("target_date", java.time.LocalDate.class),
                rs.getBigDecimal("small_gap_pct"), rs.getBigDecimal("large_gap_pct"), rs.getObject("owner_person_id", Long.class),
                rs.getString("owner_name"), rs.getString("preset"), rs.getBigDecimal("latest_value"),
                rs.getObject("latest_on", java.time.LocalDate.class), gap == null ? null : GapLevel.valueOf(gap), rs.getInt("version"));
    }
}
