package org.uptake.measure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GapRepository {

    private static final String SELECT = "select x.*, k.name as kpi_name from kpi_gap x join kpi k on k.id = x.kpi_id ";

    private final JdbcClient jdbc;

    GapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Gap> find(long organizationId, long kpiId, LocalDate periodStart) {
        return jdbc.sql(SELECT + "where x.organization_id = ? and x.kpi_id = ? and x.period_start = ?")
                .params(organizationId, kpiId, periodStart).query(GapRepository::map).optional();
    }

    Optional<Gap> find(long organizationId, long id) {
        return jdbc.sql(SELECT + "where x.organization_id = ? and x.id = ?").params(organizationId, id).query(GapRepository::map).optional();
    }

    long insert(long organizationId, long programId, long kpiId, PeriodValue v) {
        return jdbc.sql("""
                insert into kpi_gap (organization_id, program_id, kpi_id, period_start, level, gap_pct, planned_value, actual_value)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, kpiId, v.periodStart(), v.level().name(), v.shortfallPct(), v.planned(), v.actual())
                .query(Long.class).single();
    }

    /** New figures for an open or reopened gap; the level never drops (a large gap stays large until resolved). */
    void refresh(long id, GapLevel level, BigDecimal gapPct, BigDecimal planned, BigDecimal actual) {
        jdbc.sql("""
                update kpi_gap set level = case when level = 'LARGE' and resolved_at is null then 'LARGE' else ? end,
                       gap_pct = ?, planned_value = ?, actual_value = ?, resolved_at = null, resolved_by_name = null, resolution = null,
                       version = version + 1, updated_at = now() where id = ?""")
                .params(level.name(), gapPct, planned, actual, id).update();
    }

    void linkTask(long id, long taskId) {
        jdbc.sql("update kpi_gap set task_id = ? where id = ?").params(taskId, id).update();
    }

    int resolve(long organizationId, long id, int version, String byName, String resolution) {
        return jdbc.sql("""
                update kpi_gap set resolved_at = now(), resolved_by_name = ?, resolution = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and resolved_at is null""")
                .params(byName, resolution, organizationId, id, version).update();
    }

    /** Open gaps of a program (or of one KPI), the large ones first, newest period first. */
    List<Gap> open(long organizationId, long programId, Long kpiId, int limit) {
        return jdbc.sql(SELECT + "where x.organization_id = ? and x.program_id = ? and x.resolved_at is null"
                        + (kpiId == null ? "" : " and x.kpi_id = " + kpiId.longValue())
                        + " order by x.level = 'LARGE' desc, x.period_start desc, x.id limit ?")
                .params(organizationId, programId, limit).query(GapRepository::map).list();
    }

    List<Gap> ofKpi(long organizationId, long kpiId) {
        return jdbc.sql(SELECT + "where x.organization_id = ? and x.kpi_id = ? order by x.period_start desc")
                .params(organizationId, kpiId).query(GapRepository::map).list();
    }

    /** The figures of the health rule: KPIs, measured KPIs, KPIs with open large gaps, open gaps, KPIs with two or more. */
    int[] healthFigures(long organizationId, long programId) {
        return jdbc.sql("""
                select count(*), count(*) filter (where measured), count(*) filter (where large > 0),
                       coalesce(sum(large), 0), coalesce(sum(small), 0), count(*) filter (where large > 1)
                from (select k.id, exists (select 1 from kpi_measurement m where m.kpi_id = k.id) as measured,
                             (select count(*) from kpi_gap x where x.kpi_id = k.id and x.resolved_at is null and x.level = 'LARGE') as large,
                             (select count(*) from kpi_gap x where x.kpi_id = k.id and x.resolved_at is null and x.level = 'SMALL') as small
                      from kpi k where k.organization_id = ? and k.program_id = ?) f""")
                .params(organizationId, programId)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)})
                .single();
    }

    static Gap map(ResultSet rs, int n) throws SQLException {
        var resolved = rs.getTimestamp("resolved_at");
        return new Gap(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("kpi_id"), rs.getString("kpi_name"),
                rs.getObject("period_start", LocalDate.class), GapLevel.valueOf(rs.getString("level")), rs.getBigDecimal("gap_pct"),
                rs.getBigDecimal("planned_value"), rs.getBigDecimal("actual_value"), rs.getObject("task_id", Long.class),
                resolved == null ? null : resolved.toInstant(), rs.getString("resolved_by_name"), rs.getString("resolution"),
                rs.getInt("version"));
    }
}
