package org.uptake.report.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/** The report module's own tables: stored reports, schedules, subscriptions. Figures travel as JSON. */
@Repository
class StatusReportRepository {

    private static final String COLUMNS = """
            id, program_id, kind, period_start, period_end, generated_at, generated_by_name, proposed_rag, rag, override_comment,
            overridden_by_name, overridden_at, figures::text as figures, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StatusReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a snapshot; a second scheduled one for the same period is silently not stored (empty). */
    Optional<Long> insert(long org, long programId, StatusReport.ReportKind kind, LocalDate start, LocalDate end, String byName,
                          Rag proposed, StatusFigures figures) {
        return jdbc.sql("""
                        insert into status_report (organization_id, program_id, kind, period_start, period_end, generated_by_name,
                                                   proposed_rag, rag, figures)
                        values (:org, :program, :kind, :start, :end, :by, :rag, :rag, cast(:figures as jsonb))
                        on conflict (program_id, period_end) where kind = 'SCHEDULED' do nothing
                        returning id""")
                .param("org", org).param("program", programId).param("kind", kind.name()).param("start", start).param("end", end)
                .param("by", byName).param("rag", proposed.name()).param("figures", json.writeValueAsString(figures))
                .query(Long.class).optional();
    }

    Optional<StatusReport> find(long org, long programId, long id) {
        return jdbc.sql("select " + COLUMNS + " from status_report where organization_id = ? and program_id = ? and id = ?")
                .params(org, programId, id).query(this::map).optional();
    }

    Optional<Long> programOf(long org, long id) {
        return jdbc.sql("select program_id from status_report where organization_id = ? and id = ?").params(org, id)
                .query(Long.class).optional();
    }

    List<StatusReport> page(long org, long programId, PageRequest request) {
        Cursor cursor = request.cursor();
        return jdbc.sql("select " + COLUMNS + """
                         from status_report where organization_id = :org and program_id = :program and (cast(:after as bigint) is null or id < :after)
                        order by id desc limit :limit""")
                .param("org", org).param("program", programId).param("after", cursor == null ? null : cursor.id())
                .param("limit", request.size() + 1).query(this::map).list();
    }

    int override(long org, long id, Rag rag, String comment, String byName, int version) {
        return jdbc.sql("""
                        update status_report set rag = ?, override_comment = ?, overridden_by_name = ?, overridden_at = now(),
                               version = version + 1
                        where organization_id = ? and id = ? and version = ?""")
                .params(rag.name(), comment, byName, org, id, version).update();
    }

    /** The newest report of each program asked for, in one query (the portfolio). */
    Map<Long, StatusReport> latest(long org, Collection<Long> programIds) {
        Map<Long, StatusReport> result = new HashMap<>();
        if (programIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select distinct on (program_id) " + COLUMNS + """
                         from status_report where organization_id = :org and program_id in (:programs)
                        order by program_id, id desc""")
                .param("org", org).param("programs", programIds).query(this::map).list()
                .forEach(r -> result.put(r.programId(), r));
        return result;
    }

    record Scheduled(long organizationId, long programId, Cadence cadence) {
    }

    /** Every program not closed whose cadence is not OFF, across organisations (the scheduled job). */
    List<Scheduled> scheduled() {
        return jdbc.sql("""
                select p.organization_id, p.id as program_id, coalesce(s.cadence, 'WEEKLY') as cadence
                from program p left join status_report_schedule s on s.program_id = p.id
                where p.status <> 'CLOSED' and coalesce(s.cadence, 'WEEKLY') <> 'OFF' order by p.id""")
                .query((rs, n) -> new Scheduled(rs.getLong(1), rs.getLong(2), Cadence.valueOf(rs.getString(3)))).list();
    }

    boolean exists(long programId, LocalDate periodEnd) {
        return jdbc.sql("select exists (select 1 from status_report where program_id = ? and period_end = ? and kind = 'SCHEDULED')")
                .params(programId, periodEnd).query(Boolean.class).single();
    }

    record Schedule(Cadence cadence, int version) {
    }

    Schedule schedule(long org, long programId) {
        return jdbc.sql("select cadence, version from status_report_schedule where organization_id = ? and program_id = ?")
                .params(org, programId).query((rs, n) -> new Schedule(Cadence.valueOf(rs.getString(1)), rs.getInt(2)))
                .optional().orElse(new Schedule(Cadence.WEEKLY, 0));
    }

    /** Inserts the first setting at version 0 or updates the current one; 0 rows when the version is stale. */
    int saveSchedule(long org, long programId, Cadence cadence, int version) {
        return jdbc.sql("""
                        insert into status_report_schedule as s (program_id, organization_id, cadence, version)
                        values (:program, :org, :cadence, 1)
                        on conflict (program_id) do update set cadence = excluded.cadence, version = s.version + 1, updated_at = now()
                        where s.organization_id = :org and s.version = :version""")
                .param("program", programId).param("org", org).param("cadence", cadence.name()).param("version", version)
                .update();
    }

    void subscribe(long org, long programId, long accountId) {
        jdbc.sql("""
                insert into status_report_subscription (organization_id, program_id, account_id) values (?, ?, ?)
                on conflict do nothing""").params(org, programId, accountId).update();
    }

    int unsubscribe(long org, long programId, long accountId) {
        return jdbc.sql("delete from status_report_subscription where organization_id = ? and program_id = ? and account_id = ?")
                .params(org, programId, accountId).update();
    }

    boolean subscribed(long org, long programId, long accountId) {
        return jdbc.sql("""
                select exists (select 1 from status_report_subscription where organization_id = ? and program_id = ? and account_id = ?)""")
                .params(org, programId, accountId).query(Boolean.class).single();
    }

    List<Long> subscribers(long org, long programId) {
        return jdbc.sql("select account_id from status_report_subscription where organization_id = ? and program_id = ? order by account_id")
                .params(org, programId).query(Long.class).list();
    }

    private StatusReport map(ResultSet rs, int n) throws SQLException {
        return new StatusReport(rs.getLong("id"), rs.getLong("program_id"), StatusReport.ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class), instant(rs, "generated_at"),
                rs.getString("generated_by_name"), Rag.valueOf(rs.getString("proposed_rag")), Rag.valueOf(rs.getString("rag")),
                rs.getString("override_comment"), rs.getString("overridden_by_name"), instant(rs, "overridden_at"),
                json.readValue(rs.getString("figures"), StatusFigures.class), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
