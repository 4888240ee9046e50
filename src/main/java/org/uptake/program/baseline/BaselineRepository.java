package org.uptake.program.baseline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BaselineRepository {

    private static final String SELECT = """
            select b.id, b.program_id, b.name, b.note, b.phase_id, ph.name as phase_name, b.task_count, b.plan_start,
                   b.plan_finish, b.created_by_name, b.created_at, b.version
            from program_baseline b left join program_phase ph on ph.id = b.phase_id
            """;

    private final JdbcClient jdbc;

    BaselineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Baseline> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where b.organization_id = ? and b.program_id = ? and b.id = ?")
                .params(organizationId, programId, id).query(BaselineRepository::map).optional();
    }

    Optional<Baseline> latest(long organizationId, long programId) {
        return jdbc.sql(SELECT + " where b.organization_id = ? and b.program_id = ? order by b.id desc limit 1")
                .params(organizationId, programId).query(BaselineRepository::map).optional();
    }

    /** Newest first, after the given id. */
    List<Baseline> page(long organizationId, long programId, long beforeId, int limit) {
        return jdbc.sql(SELECT + " where b.organization_id = ? and b.program_id = ? and b.id < ? order by b.id desc limit ?")
                .params(organizationId, programId, beforeId, limit).query(BaselineRepository::map).list();
    }

    boolean nameTaken(long programId, String name, long exceptId) {
        return jdbc.sql("select exists (select 1 from program_baseline where program_id = ? and lower(name) = lower(?) and id <> ?)")
                .params(programId, name, exceptId).query(Boolean.class).single();
    }

    boolean phaseOf(long organizationId, long programId, long phaseId) {
        return jdbc.sql("select exists (select 1 from program_phase where organization_id = ? and program_id = ? and id = ?)")
                .params(organizationId, programId, phaseId).query(Boolean.class).single();
    }

    /** Takes the snapshot with one insert of the header and one insert-select of every task: flat for 5,000 tasks. */
    long insert(long organizationId, long programId, BaselineForm form, Long userId, String userName) {
        long id = jdbc.sql("""
                insert into program_baseline (organization_id, program_id, name, note, phase_id, task_count, plan_start, plan_finish,
                                              created_by, created_by_name)
                select ?, ?, ?, ?, ?, count(*), min(planned_start), max(planned_finish), ?, ?
                from program_task where organization_id = ? and program_id = ? and status <> 'CANCELLED'
                returning id""")
                .params(organizationId, programId, form.name(), form.note(), form.phaseId(), userId, userName, organizationId,
                        programId)
                .query(Long.class).single();
        jdbc.sql("""
                insert into program_baseline_task (baseline_id, task_id, organization_id, phase_id, phase_name, phase_position, title,
                                                   planned_start, planned_finish, duration_days, milestone, status)
                select ?, t.id, t.organization_id, t.phase_id, ph.name, ph.position, t.title, t.planned_start, t.planned_finish,
                       t.duration_days, t.milestone, t.status
                from program_task t left join program_phase ph on ph.id = t.phase_id
                where t.organization_id = ? and t.program_id = ? and t.status <> 'CANCELLED'""")
                .params(id, organizationId, programId).update();
        return id;
    }

    int rename(long organizationId, long id, BaselineForm form) {
        return jdbc.sql("""
                update program_baseline set name = ?, note = ?, phase_id = ?, version = version + 1
                where organization_id = ? and id = ? and version = ?""")
                .params(form.name(), form.note(), form.phaseId(), organizationId, id, form.version()).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from program_baseline where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    /** A row of the comparison: a task in the baseline, in the plan, or both. */
    record Row(long taskId, String title, Long phaseId, String phaseName, int phasePosition, String status,
               LocalDate baselineStart, LocalDate baselineFinish, LocalDate start, LocalDate finish) {
    }

    /** The baseline's tasks laid against the plan's current (not cancelled) tasks, in one query. */
    List<Row> comparison(long organizationId, long programId, long baselineId) {
        return jdbc.sql("""
                select coalesce(t.id, b.task_id), coalesce(t.title, b.title), coalesce(t.phase_id, b.phase_id),
                       coalesce(ph.name, b.phase_name), coalesce(ph.position, b.phase_position, 2147483647),
                       coalesce(t.status, 'REMOVED'), b.planned_start, b.planned_finish, t.planned_start, t.planned_finish
                from (select * from program_baseline_task where baseline_id = ?) b
                full join (select * from program_task where organization_id = ? and program_id = ? and status <> 'CANCELLED') t
                     on t.id = b.task_id
                left join program_phase ph on ph.id = t.phase_id
                order by 5, 3 nulls last, coalesce(t.planned_start, b.planned_start), 1""")
                .params(baselineId, organizationId, programId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class)))
                .list();
    }

    /** Baseline dates per task, for the Gantt's ghost bars. */
    List<Object[]> dates(long baselineId) {
        return jdbc.sql("select task_id, planned_start, planned_finish from program_baseline_task where baseline_id = ?")
                .param(baselineId)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)})
                .list();
    }

    List<LocalDate> baselineFinishes(long baselineId) {
        return jdbc.sql("select planned_finish from program_baseline_task where baseline_id = ? and status <> 'CANCELLED'")
                .param(baselineId).query(LocalDate.class).list();
    }

    /** Each open-or-done task's planned finish and, when done, the day it was finished. */
    List<LocalDate[]> planFinishes(long organizationId, long programId) {
        return jdbc.sql("""
                select planned_finish, case when status = 'DONE' then coalesce(actual_finish, completed_at::date, planned_finish) end
                from program_task where organization_id = ? and program_id = ? and status <> 'CANCELLED'""")
                .params(organizationId, programId)
                .query((rs, n) -> new LocalDate[]{rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).list();
    }

    private static Baseline map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new Baseline(rs.getLong("id"), rs.getLong("program_id"), rs.getString("name"), rs.getString("note"),
                rs.getObject("phase_id", Long.class), rs.getString("phase_name"), rs.getInt("task_count"),
                rs.getObject("plan_start", LocalDate.class), rs.getObject("plan_finish", LocalDate.class),
                rs.getString("created_by_name"), created == null ? null : created.toInstant(), rs.getInt("version"));
    }
}
