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
class MeasurementRepository {

    private static final String SELECT = """
            select m.*, u.name as unit_name from kpi_measurement m left join unit u on u.id = m.unit_id
            """;

    private final JdbcClient jdbc;

    MeasurementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A measurement to store, with its provenance. */
    record NewMeasurement(long kpiId, Long unitId, LocalDate measuredOn, BigDecimal value, SourceKind sourceKind,
                          Long recordedBy, String recordedByName, Long importJobId, String importFileName, Integer importLine,
                          String raw, String note) {
    }

    long insert(long organizationId, NewMeasurement m) {
        return jdbc.sql("""
                insert into kpi_measurement (organization_id, kpi_id, unit_id, measured_on, value, source_kind, recorded_by,
                                             recorded_by_name, import_job_id, import_file_name, import_line, raw, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, m.kpiId(), m.unitId(), m.measuredOn(), m.value(), m.sourceKind().name(), m.recordedBy(),
                        m.recordedByName(), m.importJobId(), m.importFileName(), m.importLine(), m.raw(), m.note())
                .query(Long.class).single();
    }

    Optional<Measurement> find(long organizationId, long kpiId, long id) {
        return jdbc.sql(SELECT + " where m.organization_id = ? and m.kpi_id = ? and m.id = ?").params(organizationId, kpiId, id)
                .query(MeasurementRepository::map).optional();
    }

    /** Newest first (by measured date, then id), after a cursor. */
    List<Measurement> page(long organizationId, long kpiId, LocalDate afterOn, long afterId, int limit) {
        String keyset = afterOn == null ? "" : " and (m.measured_on, m.id) < (?, ?)";
        var spec = jdbc.sql(SELECT + " where m.organization_id = ? and m.kpi_id = ?" + keyset
                + " order by m.measured_on desc, m.id desc limit ?");
        return (afterOn == null ? spec.params(organizationId, kpiId, limit) : spec.params(organizationId, kpiId, afterOn, afterId, limit))
                .query(MeasurementRepository::map).list();
    }

    int delete(long organizationId, long kpiId, long id) {
        return jdbc.sql("delete from kpi_measurement where organization_id = ? and kpi_id = ? and id = ?")
                .params(organizationId, kpiId, id).update();
    }

    /** One period's figures: the latest whole-program value, and the units' latest values combined every way. */
    record PeriodFigures(LocalDate periodStart, BigDecimal overall, BigDecimal sum, BigDecimal avg, BigDecimal min, BigDecimal max,
                         int units) {
    }

    /** Every period of the KPI that has measurements, in one query: each unit's latest value per period, then combined. */
    List<PeriodFigures> periods(long organizationId, long kpiId, Period period) {
        // The field comes from the enum, never from input; inlined so DISTINCT ON and ORDER BY are the same expression.
        String trunc = "date_trunc('" + period.sqlField() + "', measured_on)";
        return jdbc.sql("""
                select period_start, max(value) filter (where unit_id is null) as overall,
                       sum(value) filter (where unit_id is not null) as s, avg(value) filter (where unit_id is not null) as a,
                       min(value) filter (where unit_id is not null) as mn, max(value) filter (where unit_id is not null) as mx,
                       count(*) filter (where unit_id is not null) as units
                from (select distinct on (coalesce(unit_id, 0), %1$s) unit_id, %1$s::date as period_start, value
                      from kpi_measurement where organization_id = ? and kpi_id = ?
                      order by coalesce(unit_id, 0), %1$s, measured_on desc, id desc) latest
                group by period_start order by period_start""".formatted(trunc))
                .params(organizationId, kpiId)
                .query((rs, n) -> new PeriodFigures(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getInt(7)))
                .list();
    }

    /** Each unit's latest value in one period (the whole program as a row without unit), by unit name. */
    List<UnitValue> unitValues(long organizationId, long kpiId, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                select * from (select distinct on (coalesce(m.unit_id, 0)) m.unit_id, u.name, m.value, m.measured_on, m.id, m.source_kind
                               from kpi_measurement m left join unit u on u.id = m.unit_id
                               where m.organization_id = ? and m.kpi_id = ? and m.measured_on >= ? and m.measured_on < ?
                               order by coalesce(m.unit_id, 0), m.measured_on desc, m.id desc) v
                order by v.unit_id is not null, lower(v.name), v.unit_id""")
                .params(organizationId, kpiId, from, until)
                .query((rs, n) -> new UnitValue(rs.getObject(1, Long.class), rs.getString(2), rs.getBigDecimal(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), SourceKind.valueOf(rs.getString(6))))
                .list();
    }

    boolean unitExists(long organizationId, long unitId) {
        return jdbc.sql("select exists (select 1 from unit where organization_id = ? and id = ?)")
                .params(organizationId, unitId).query(Boolean.class).single();
    }

    static Measurement map(ResultSet rs, int n) throws SQLException {
        return new Measurement(rs.getLong("id"), rs.getLong("kpi_id"), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getObject("measured_on", LocalDate.class), rs.getBigDecimal("value"), SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("recorded_by_name"), rs.getObject("import_job_id", Long.class), rs.getString("import_file_name"),
                rs.getObject("import_line", Integer.class), rs.getString("raw"), rs.getString("note"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
