package org.uptake.rollout.parallel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParallelRunRepository {

    private static final String RUN = """
            select r.id, r.program_id, r.wave_id, r.wave_unit_id, coalesce(w.name, u.name), r.legacy_system, r.new_system,
                   r.starts_on, r.ends_on, r.purpose, r.exit_criteria, r.matching_days, r.decision, r.decision_note,
                   r.decided_on, r.decided_by_name, r.version
            from rollout_parallel_run r left join rollout_wave w on w.id = r.wave_id
            left join rollout_wave_unit wu on wu.id = r.wave_unit_id left join unit u on u.id = wu.unit_id
            where r.organization_id = ? and r.program_id = ?""";

    private final JdbcClient jdbc;

    ParallelRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ParallelRun> runs(long org, long programId, int limit) {
        return jdbc.sql(RUN + " order by r.starts_on, r.id limit ?").params(org, programId, limit).query(ParallelRunRepository::run).list();
    }

    Optional<ParallelRun> run(long org, long programId, long id) {
        return jdbc.sql(RUN + " and r.id = ?").params(org, programId, id).query(ParallelRunRepository::run).optional();
    }

    long insert(long org, long programId, RunForm f) {
        return jdbc.sql("""
                insert into rollout_parallel_run (organization_id, program_id, wave_id, wave_unit_id, legacy_system, new_system,
                       starts_on, ends_on, purpose, exit_criteria, matching_days)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.waveId(), f.waveUnitId(), f.legacySystem().strip(), f.newSystem().strip(), f.startsOn(),
                        f.endsOn(), blank(f.purpose()), blank(f.exitCriteria()), f.matchingDays()).query(Long.class).single();
    }

    int update(long org, long id, RunForm f) {
        return jdbc.sql("""
                update rollout_parallel_run set legacy_system = ?, new_system = ?, starts_on = ?, ends_on = ?, purpose = ?,
                       exit_criteria = ?, matching_days = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.legacySystem().strip(), f.newSystem().strip(), f.startsOn(), f.endsOn(), blank(f.purpose()),
                        blank(f.exitCriteria()), f.matchingDays(), org, id, f.version()).update();
    }

    int decide(long org, long id, CutoverForm f, LocalDate on, String byName) {
        return jdbc.sql("""
                update rollout_parallel_run set decision = ?, decision_note = ?, decided_on = ?, decided_by_name = ?,
                       ends_on = coalesce(?, ends_on), version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.decision().name(), blank(f.note()), on, byName, f.decision() == Cutover.EXTEND ? f.extendTo() : null,
                        org, id, f.version()).update();
    }

    List<ReconciliationCheck> checks(long org, long runId) {
        return jdbc.sql("select id, run_id, metric, tolerance_percent, version from rollout_reconciliation_check "
                        + "where organization_id = ? and run_id = ? order by id").params(org, runId)
                .query((rs, n) -> new ReconciliationCheck(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getInt(5))).list();
    }

    boolean metricExists(long runId, String metric) {
        return jdbc.sql("select exists (select 1 from rollout_reconciliation_check where run_id = ? and lower(metric) = lower(?))")
                .params(runId, metric).query(Boolean.class).single();
    }

    long insertCheck(long org, long runId, CheckForm f) {
        return jdbc.sql("""
                insert into rollout_reconciliation_check (organization_id, run_id, metric, tolerance_percent) values (?, ?, ?, ?)
                returning id""").params(org, runId, f.metric().strip(), f.tolerancePercent()).query(Long.class).single();
    }

    List<Reading> readings(long org, long runId, int days) {
        return jdbc.sql("""
                select v.check_id, v.day, v.legacy_value, v.new_value, v.source, v.entered_by_name
                from rollout_reconciliation_value v join rollout_reconciliation_check c on c.id = v.check_id
                where v.organization_id = ? and c.run_id = ?
                  and v.day >= (select max(day) from rollout_reconciliation_value x join rollout_reconciliation_check y
                                on y.id = x.check_id where y.run_id = ?) - ?
                order by v.day desc, v.check_id""").params(org, runId, runId, days)
                .query((rs, n) -> new Reading(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5), rs.getString(6))).list();
    }

    /** Writes readings in one statement; a day already recorded for a check is replaced. */
    int upsert(long org, Collection<ReadingForm> rows, String source, String byName) {
        return jdbc.sql("""
                insert into rollout_reconciliation_value (check_id, organization_id, day, legacy_value, new_value, source, entered_by_name)
                select c, ?, d::date, l::numeric, n::numeric, ?, ? from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) as x (c, d, l, n)
                on conflict (check_id, day) do update set legacy_value = excluded.legacy_value, new_value = excluded.new_value,
                       source = excluded.source, entered_by_name = excluded.entered_by_name, entered_at = now()""")
                .params(org, source, byName, rows.stream().map(ReadingForm::checkId).toArray(Long[]::new),
                        rows.stream().map(r -> r.day().toString()).toArray(String[]::new),
                        rows.stream().map(r -> r.legacyValue().toPlainString()).toArray(String[]::new),
                        rows.stream().map(r -> r.newValue().toPlainString()).toArray(String[]::new)).update();
    }

    record CheckOfRun(long checkId, long runId, long programId, LocalDate startsOn, LocalDate endsOn, boolean closed) {
    }

    /** The checks with their run, for the checks named in a file or a request (organisation-scoped). */
    List<CheckOfRun> checksById(long org, Collection<Long> checkIds) {
        return jdbc.sql("""
                select c.id, r.id, r.program_id, r.starts_on, r.ends_on, r.decision in ('CUTOVER', 'ROLL_BACK')
                from rollout_reconciliation_check c join rollout_parallel_run r on r.id = c.run_id
                where c.organization_id = ? and c.id = any (?)""").params(org, checkIds.toArray(Long[]::new))
                .query((rs, n) -> new CheckOfRun(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6))).list();
    }

    /** The recorded readings of the checks, keyed "check|day", for telling new, changed and unchanged rows of an import. */
    java.util.Map<String, Reading> existing(long org, Collection<Long> checkIds) {
        java.util.Map<String, Reading> map = new java.util.HashMap<>();
        jdbc.sql("""
                select check_id, day, legacy_value, new_value, source, entered_by_name from rollout_reconciliation_value
                where organization_id = ? and check_id = any (?)""").params(org, checkIds.toArray(Long[]::new))
                .query((rs, n) -> new Reading(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6)))
                .list().forEach(r -> map.put(r.checkId() + "|" + r.day(), r));
        return map;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ParallelRun run(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(13);
        return new ParallelRun(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getString(10), rs.getString(11), rs.getInt(12), decision == null ? null : Cutover.valueOf(decision),
                rs.getString(14), rs.getObject(15, LocalDate.class), rs.getString(16), rs.getInt(17));
    }
}
