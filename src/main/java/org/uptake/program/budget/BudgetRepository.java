package org.uptake.program.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BudgetRepository {

    private static final String LINE_COLUMNS = """
            l.id, l.program_id, l.phase_id, ph.name as phase_name, l.kind, l.title, l.note, l.currency, l.planned_minor,
            l.actual_minor, l.version
            from program_budget_line l left join program_phase ph on ph.id = l.phase_id
            """;

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Budget> budget(long organizationId, long programId) {
        return jdbc.sql("select program_id, currency, version from program_budget where organization_id = ? and program_id = ?")
                .params(organizationId, programId)
                .query((rs, n) -> new Budget(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional();
    }

    void insertBudget(long organizationId, long programId, String currency) {
        jdbc.sql("insert into program_budget (program_id, organization_id, currency) values (?, ?, ?)")
                .params(programId, organizationId, currency).update();
    }

    int updateCurrency(long organizationId, long programId, String currency, int version) {
        return jdbc.sql("""
                update program_budget set currency = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and version = ?""")
                .params(currency, organizationId, programId, version).update();
    }

    long lineCount(long programId) {
        return jdbc.sql("select count(*) from program_budget_line where program_id = ?").param(programId).query(Long.class).single();
    }

    boolean phaseOf(long organizationId, long programId, long phaseId) {
        return jdbc.sql("select exists (select 1 from program_phase where organization_id = ? and program_id = ? and id = ?)")
                .params(organizationId, programId, phaseId).query(Boolean.class).single();
    }

    Optional<BudgetLine> line(long organizationId, long programId, long lineId) {
        return jdbc.sql("select " + LINE_COLUMNS + " where l.organization_id = ? and l.program_id = ? and l.id = ?")
                .params(organizationId, programId, lineId).query(BudgetRepository::mapLine).optional();
    }

    /** A page of lines in the order they were entered (keyset on id). */
    List<BudgetLine> lines(long organizationId, long programId, Long afterId, int limit) {
        return jdbc.sql("select " + LINE_COLUMNS + """
                 where l.organization_id = ? and l.program_id = ? and l.id > ? order by l.id limit ?""")
                .params(organizationId, programId, afterId == null ? 0L : afterId, limit).query(BudgetRepository::mapLine).list();
    }

    long insertLine(long organizationId, long programId, BudgetLineForm f, String currency) {
        return jdbc.sql("""
                insert into program_budget_line (organization_id, program_id, phase_id, kind, title, note, currency, planned_minor)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getPhaseId(), f.getKind().name(), f.getTitle(), f.getNote(), currency,
                        f.getPlannedMinor())
                .query(Long.class).single();
    }

    int updateLine(long organizationId, long lineId, BudgetLineForm f) {
        return jdbc.sql("""
                update program_budget_line set phase_id = ?, kind = ?, title = ?, note = ?, planned_minor = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getPhaseId(), f.getKind().name(), f.getTitle(), f.getNote(), f.getPlannedMinor(), organizationId,
                        lineId, f.getVersion())
                .update();
    }

    int deleteLine(long organizationId, long lineId, int version) {
        return jdbc.sql("delete from program_budget_line where organization_id = ? and id = ? and version = ?")
                .params(organizationId, lineId, version).update();
    }

    boolean hasActuals(long lineId) {
        return jdbc.sql("select exists (select 1 from program_budget_actual where line_id = ?)").param(lineId)
                .query(Boolean.class).single();
    }

    /** Adds to the line's total unless it would go below zero; answers whether it did. */
    boolean addToActual(long organizationId, long lineId, long amountMinor) {
        return jdbc.sql("""
                update program_budget_line set actual_minor = actual_minor + ?, updated_at = now()
                where organization_id = ? and id = ? and actual_minor + ? >= 0""")
                .params(amountMinor, organizationId, lineId, amountMinor).update() == 1;
    }

    long insertActual(long organizationId, BudgetLine line, ActualEntry e, Long userId, String userName) {
        return jdbc.sql("""
                insert into program_budget_actual (organization_id, program_id, line_id, spent_on, amount_minor, currency, note,
                                                   recorded_by, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, line.programId(), line.id(), e.spentOn(), e.amountMinor(), line.currency(),
                        e.note() == null || e.note().isBlank() ? null : e.note().strip(), userId, userName)
                .query(Long.class).single();
    }

    List<BudgetActual> actuals(long organizationId, long lineId) {
        return jdbc.sql("""
                select id, line_id, spent_on, amount_minor, currency, note, recorded_by_name, created_at
                from program_budget_actual where organization_id = ? and line_id = ? order by spent_on desc, id desc limit 500""")
                .params(organizationId, lineId)
                .query((rs, n) -> new BudgetActual(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8)))
                .list();
    }

    /** Sums per kind and per phase in one pass (grouping sets), in phase order. */
    List<Object[]> sums(long organizationId, long programId) {
        return jdbc.sql("""
                select grouping(l.kind) as gk, grouping(l.phase_id) as gp, l.kind, l.phase_id, min(ph.name), min(ph.position),
                       sum(l.planned_minor), sum(l.actual_minor)
                from program_budget_line l left join program_phase ph on ph.id = l.phase_id
                where l.organization_id = ? and l.program_id = ?
                group by grouping sets ((l.kind), (l.phase_id), ())
                order by 1, 2, 6 nulls last, 3""")
                .params(organizationId, programId)
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getString(5), rs.getLong(7), rs.getLong(8)})
                .list();
    }

    private static BudgetLine mapLine(ResultSet rs, int n) throws SQLException {
        return new BudgetLine(rs.getLong("id"), rs.getLong("program_id"), rs.getObject("phase_id", Long.class),
                rs.getString("phase_name"), BudgetKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("note"),
                rs.getString("currency"), rs.getLong("planned_minor"), rs.getLong("actual_minor"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
