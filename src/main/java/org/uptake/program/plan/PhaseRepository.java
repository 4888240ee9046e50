package org.uptake.program.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.program.playbook.OrderStrength;

@Repository
class PhaseRepository {

    private static final String COLUMNS = """
            id, program_id, position, name, description, seed_ref, source_key, gate, status, acceptance_ref, accepted_by_name,
            accepted_at, acceptance_note, version""";

    private final JdbcClient jdbc;

    PhaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Phase map(ResultSet rs, int n) throws SQLException {
        return new Phase(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("position"), rs.getString("name"),
                rs.getString("description"), rs.getString("seed_ref"), rs.getString("source_key"), rs.getString("gate"),
                PhaseStatus.valueOf(rs.getString("status")), rs.getString("acceptance_ref"), rs.getString("accepted_by_name"),
                TaskRepository.instant(rs, "accepted_at"), rs.getString("acceptance_note"), rs.getInt("version"));
    }

    Optional<Phase> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from program_phase where organization_id = ? and id = ?")
                .params(organizationId, id).query(PhaseRepository::map).optional();
    }

    List<Phase> ofProgram(long organizationId, long programId) {
        return jdbc.sql("select " + COLUMNS + " from program_phase where organization_id = ? and program_id = ? order by position, id")
                .params(organizationId, programId).query(PhaseRepository::map).list();
    }

    long insert(long organizationId, long programId, int position, String name, String description, String seedRef,
                String sourceKey, String gate) {
        return jdbc.sql("""
                insert into program_phase (organization_id, program_id, position, name, description, seed_ref, source_key, gate)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, position, name, description, seedRef, sourceKey, gate)
                .query(Long.class).single();
    }

    void insertOrder(long organizationId, long programId, long phaseId, long predecessorId, OrderStrength strength,
                     String reason, String seedRef) {
        jdbc.sql("""
                insert into program_phase_order (organization_id, program_id, phase_id, predecessor_id, strength, reason, seed_ref)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(organizationId, programId, phaseId, predecessorId, strength.name(), reason, seedRef).update();
    }

    List<PhaseOrder> ordersOf(long organizationId, long phaseId) {
        return jdbc.sql("""
                select o.phase_id, o.predecessor_id, p.name as predecessor_name, p.status as predecessor_status, o.strength,
                       o.reason, o.seed_ref, o.override_reason, o.overridden_by_name, o.overridden_at
                from program_phase_order o join program_phase p on p.id = o.predecessor_id
                where o.organization_id = ? and o.phase_id = ? order by p.position""")
                .params(organizationId, phaseId)
                .query((rs, n) -> new PhaseOrder(rs.getLong("phase_id"), rs.getLong("predecessor_id"),
                        rs.getString("predecessor_name"), PhaseStatus.valueOf(rs.getString("predecessor_status")),
                        OrderStrength.valueOf(rs.getString("strength")), rs.getString("reason"), rs.getString("seed_ref"),
                        rs.getString("override_reason"), rs.getString("overridden_by_name"),
                        TaskRepository.instant(rs, "overridden_at")))
                .list();
    }

    int overrideOrder(long organizationId, long phaseId, long predecessorId, String reason, long userId, String userName) {
        return jdbc.sql("""
                update program_phase_order set override_reason = ?, overridden_by = ?, overridden_by_name = ?, overridden_at = now()
                where organization_id = ? and phase_id = ? and predecessor_id = ? and strength = 'DEFAULT' and override_reason is null""")
                .params(reason, userId, userName, organizationId, phaseId, predecessorId).update();
    }

    /** Phases with their task figures and date span, in one query (the plan page). */
    List<PhaseSummary> summaries(long organizationId, long programId) {
        return summaries(organizationId, programId, null);
    }

    /** One phase's summary ({@code phaseId}) or all of the program's ({@code null}). */
    List<PhaseSummary> summaries(long organizationId, long programId, Long phaseId) {
        return jdbc.sql(("""
                select ph.id, ph.position, ph.name, ph.seed_ref, ph.gate, ph.status, ph.accepted_by_name, ph.accepted_at, ph.version,
                       count(t.id) filter (where t.status <> 'CANCELLED') as tasks,
                       count(t.id) filter (where t.status = 'DONE') as done,
                       count(t.id) filter (where t.status in ('NOT_STARTED', 'IN_PROGRESS')) as open,
                       count(t.id) filter (where t.status in ('NOT_STARTED', 'IN_PROGRESS')
                                             and coalesce(t.due_date, t.planned_finish) < current_date) as overdue,
                       min(t.planned_start) as start, max(t.planned_finish) as finish,
                       exists (select 1 from program_phase_order o where o.phase_id = ph.id and o.strength = 'HARD') as hard_ordered
                from program_phase ph left join program_task t on t.phase_id = ph.id
                where ph.organization_id = ? and ph.program_id = ? and (ph.id = ? or ? = 0)
                group by ph.id order by ph.position, ph.id"""))
                .params(organizationId, programId, phaseId == null ? 0L : phaseId, phaseId == null ? 0L : phaseId)
                .query((rs, n) -> new PhaseSummary(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                        rs.getString("seed_ref"), rs.getString("gate"), PhaseStatus.valueOf(rs.getString("status")),
                        rs.getString("accepted_by_name"), TaskRepository.instant(rs, "accepted_at"), rs.getInt("version"),
                        rs.getLong("tasks"), rs.getLong("done"), rs.getLong("open"), rs.getLong("overdue"),
                        rs.getObject("start", java.time.LocalDate.class), rs.getObject("finish", java.time.LocalDate.class),
                        rs.getBoolean("hard_ordered")))
                .list();
    }

    /** Open tasks of the phase (they keep it from being accepted). */
    List<String> openTaskTitles(long phaseId) {
        return jdbc.sql("select title from program_task where phase_id = ? and status in ('NOT_STARTED', 'IN_PROGRESS') order by position, id limit 10")
                .param(phaseId).query(String.class).list();
    }

    int markAccepted(long organizationId, long phaseId, int version, long userId, String userName, String note) {
        return jdbc.sql("""
                update program_phase set status = 'ACCEPTED', accepted_by = ?, accepted_by_name = ?, accepted_at = now(),
                       acceptance_note = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status <> 'ACCEPTED'""")
                .params(userId, userName, note, organizationId, phaseId, version).update();
    }

    int markRequested(long organizationId, long phaseId, int version, String ref, String note) {
        return jdbc.sql("""
                update program_phase set status = 'ACCEPTANCE_REQUESTED', acceptance_ref = ?, acceptance_note = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'OPEN'""")
                .params(ref, note, organizationId, phaseId, version).update();
    }

    int reopen(long organizationId, long phaseId) {
        return jdbc.sql("""
                update program_phase set status = 'OPEN', acceptance_ref = null, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and status = 'ACCEPTANCE_REQUESTED'""")
                .params(organizationId, phaseId).update();
    }
}
