package org.uptake.program.plan;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.program.playbook.RepeatScope;

@Repository
class TaskRepository {

    static final String ROW_COLUMNS = """
            t.id, t.program_id, pr.name as program_name, t.phase_id, t.title, t.seed_ref, t.owner_person_id,
            o.full_name as owner_name, t.owner_unresolved, t.planned_start, t.planned_finish, t.duration_days, t.due_date,
            t.status, t.milestone, t.optional,
            exists (select 1 from program_task_dependency d join program_task p on p.id = d.predecessor_id
                    where d.successor_id = t.id and p.status in ('NOT_STARTED', 'IN_PROGRESS') and d.override_reason is null) as blocked,
            t.version""";
    static final String ROW_FROM =
            " from program_task t join program pr on pr.id = t.program_id left join person o on o.id = t.owner_person_id";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Task> find(long organizationId, long id) {
        return jdbc.sql("""
                select t.*, o.full_name as owner_name,
                       (select coalesce(array_agg(x->>'name'), '{}') from jsonb_array_elements(t.outputs) x) as output_names
                from program_task t left join person o on o.id = t.owner_person_id
                where t.organization_id = ? and t.id = ?""")
                .params(organizationId, id).query(TaskRepository::map).optional();
    }

    static Task map(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("program_id"), rs.getObject("phase_id", Long.class), rs.getInt("position"),
                rs.getString("title"), rs.getString("description"), rs.getString("seed_ref"), rs.getString("source_key"),
                rs.getObject("owner_person_id", Long.class), rs.getString("owner_name"), rs.getString("owner_placeholder"),
                longs(rs.getArray("owner_candidates")), rs.getBoolean("owner_unresolved"),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_finish", LocalDate.class),
                rs.getInt("duration_days"), rs.getObject("constraint_start", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getString("completion_criterion"), rs.getString("gate"),
                strings(rs.getArray("output_names")), TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("effort_hours", BigDecimal.class), rs.getBoolean("milestone"), rs.getBoolean("serious_change"),
                rs.getBoolean("optional"), RepeatScope.valueOf(rs.getString("repeat_scope")), rs.getObject("wave_id", Long.class),
                rs.getObject("unit_id", Long.class), rs.getObject("anchor_date", LocalDate.class),
                rs.getObject("offset_days", Integer.class), rs.getString("source_module"), rs.getString("source_ref"),
                rs.getString("source_url"), rs.getObject("actual_start", LocalDate.class),
                rs.getObject("actual_finish", LocalDate.class), rs.getString("start_override_reason"),
                rs.getString("completed_by_name"), instant(rs, "completed_at"), rs.getString("evidence_note"),
                rs.getString("evidence_link"), rs.getObject("evidence_file_id", Long.class), rs.getString("cancel_reason"),
                rs.getInt("version"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static TaskRow mapRow(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"),
                rs.getObject("phase_id", Long.class), rs.getString("title"), rs.getString("seed_ref"),
                rs.getObject("owner_person_id", Long.class), rs.getString("owner_name"), rs.getBoolean("owner_unresolved"),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_finish", LocalDate.class),
                rs.getInt("duration_days"), rs.getObject("due_date", LocalDate.class), TaskStatus.valueOf(rs.getString("status")),
                rs.getBoolean("milestone"), rs.getBoolean("optional"), rs.getBoolean("blocked"), rs.getInt("version"));
    }

    List<TaskRow> ofPhase(long organizationId, long programId, Long phaseId, int limit) {
        String where = phaseId == null ? "t.phase_id is null" : "t.phase_id = :phase";
        var spec = jdbc.sql("select " + ROW_COLUMNS + ROW_FROM + " where t.organization_id = :org and t.program_id = :program and "
                        + where + " order by t.position, t.planned_start, t.id limit :limit")
                .param("org", organizationId).param("program", programId).param("limit", limit);
        if (phaseId != null) {
            spec = spec.param("phase", phaseId);
        }
        return spec.query(TaskRepository::mapRow).list();
    }

    List<TaskRow> rows(long organizationId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ROW_COLUMNS + ROW_FROM + " where t.organization_id = ? and t.id = any (?) order by t.position, t.id")
                .params(organizationId, ids.toArray(Long[]::new)).query(TaskRepository::mapRow).list();
    }

    /** What the scheduler needs of every task of the program, in one query. */
    List<Scheduler.Node> nodes(long programId) {
        return jdbc.sql("""
                select id, status, planned_start, planned_finish, duration_days, constraint_start, actual_start, actual_finish, milestone
                from program_task where program_id = ?""")
                .param(programId)
                .query((rs, n) -> new Scheduler.Node(rs.getLong(1), TaskStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getBoolean(9)))
                .list();
    }

    /** Writes new planned dates for many tasks in one statement. */
    int updateDates(List<Long> ids, List<LocalDate> starts, List<LocalDate> finishes) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update program_task t set planned_start = v.s, planned_finish = v.f, version = t.version + 1, updated_at = now()
                from unnest(?::bigint[], ?::date[], ?::date[]) as v(id, s, f) where t.id = v.id""")
                .params(ids.toArray(Long[]::new), starts.stream().map(LocalDate::toString).toArray(String[]::new),
                        finishes.stream().map(LocalDate::toString).toArray(String[]::new))
                .update();
    }

    /** Reserves ids for tasks about to be inserted, so dependencies can refer to them in the same batch. */
    List<Long> reserveIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence('program_task', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    /** Inserts many tasks with their reserved ids in one statement. */
    void insertAll(long organizationId, long programId, List<NewTaskRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> cols = new ArrayList<>();
        for (int c = 0; c < 26; c++) {
            cols.add(new Object[rows.size()]);
        }
        for (int i = 0; i < rows.size(); i++) {
            NewTaskRow r = rows.get(i);
            Object[] v = {r.id(), r.phaseId(), r.position(), r.title(), r.description(), r.seedRef(), r.sourceKey(),
                r.ownerPersonId(), r.ownerPlaceholder(), candidates(r.ownerCandidates()), r.ownerUnresolved(),
                str(r.plannedStart()), str(r.plannedFinish()), r.durationDays(), str(r.constraintStart()), str(r.dueDate()),
                r.completionCriterion(), r.gate(), r.outputsJson(), r.milestone(), r.seriousChange(), r.optional(),
                r.repeatScope().name(), r.waveId(), r.unitId(), r.offsetDays()};
            for (int c = 0; c < v.length; c++) {
                cols.get(c)[i] = v[c];
            }
        }
        jdbc.sql("""
                insert into program_task (id, organization_id, program_id, phase_id, position, title, description, seed_ref, source_key,
                    owner_person_id, owner_placeholder, owner_candidates, owner_unresolved, planned_start, planned_finish,
                    duration_days, constraint_start, due_date, completion_criterion, gate, outputs, milestone, serious_change,
                    optional, repeat_scope, wave_id, unit_id, offset_days, anchor_date, source_module, source_ref, source_url)
                overriding system value
                select v.id, :org, :program, v.phase, v.pos, v.title, v.descr, v.seed, v.skey, v.owner, v.placeholder,
                       cast(v.cands as bigint[]), v.unres, v.ps, v.pf, v.dur, v.cs, v.due, v.crit, v.gate, cast(v.outs as jsonb),
                       v.ms, v.serious, v.opt, v.rep, v.wave, v.unit, v.off, :anchor, :srcModule, :srcRef, :srcUrl
                from unnest(cast(:c0 as bigint[]), cast(:c1 as bigint[]), cast(:c2 as int[]), cast(:c3 as text[]),
                            cast(:c4 as text[]), cast(:c5 as text[]), cast(:c6 as text[]), cast(:c7 as bigint[]),
                            cast(:c8 as text[]), cast(:c9 as text[]), cast(:c10 as boolean[]), cast(:c11 as date[]),
                            cast(:c12 as date[]), cast(:c13 as int[]), cast(:c14 as date[]), cast(:c15 as date[]),
                            cast(:c16 as text[]), cast(:c17 as text[]), cast(:c18 as text[]), cast(:c19 as boolean[]),
                            cast(:c20 as boolean[]), cast(:c21 as boolean[]), cast(:c22 as text[]), cast(:c23 as bigint[]),
                            cast(:c24 as bigint[]), cast(:c25 as int[]))
                     as v(id, phase, pos, title, descr, seed, skey, owner, placeholder, cands, unres, ps, pf, dur, cs, due,
                          crit, gate, outs, ms, serious, opt, rep, wave, unit, off)""")
                .param("org", organizationId).param("program", programId)
                .param("anchor", rows.getFirst().anchorDate())
                .param("srcModule", rows.getFirst().sourceModule()).param("srcRef", rows.getFirst().sourceRef())
                .param("srcUrl", rows.getFirst().sourceUrl())
                .params(columnParams(cols))
                .update();
    }

    /** Saves an editor's changes; dates are set by the scheduler afterwards. */
    int update(long organizationId, long id, TaskForm f, int duration, LocalDate constraint, boolean ownerChanged) {
        return jdbc.sql("""
                update program_task set title = ?, description = ?, phase_id = ?, owner_person_id = ?, duration_days = ?,
                       constraint_start = ?, due_date = ?, completion_criterion = ?, effort_hours = ?, milestone = ?,
                       serious_change = ?,
                       owner_unresolved = case when ? then false else owner_unresolved end,
                       owner_candidates = case when ? then '{}' else owner_candidates end,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getTitle(), f.getDescription(), f.getPhaseId(), f.getOwnerPersonId(), duration, constraint,
                        f.getDueDate(), f.getCompletionCriterion(), f.getEffortHours(), f.isMilestone(), f.isSeriousChange(),
                        ownerChanged, ownerChanged, organizationId, id, f.getVersion())
                .update();
    }

    int move(long organizationId, long id, LocalDate constraint, int version) {
        return jdbc.sql("""
                update program_task set constraint_start = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'NOT_STARTED'""")
                .params(constraint, organizationId, id, version).update();
    }

    int start(long organizationId, long id, int version, LocalDate today, String overrideReason) {
        return jdbc.sql("""
                update program_task set status = 'IN_PROGRESS', actual_start = ?, start_override_reason = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'NOT_STARTED'""")
                .params(today, overrideReason, organizationId, id, version).update();
    }

    int complete(long organizationId, long id, Completion c, LocalDate today, long userId, String userName) {
        return jdbc.sql("""
                update program_task set status = 'DONE', actual_start = coalesce(actual_start, ?), actual_finish = ?,
                       completed_by = ?, completed_by_name = ?, completed_at = now(), evidence_note = ?, evidence_link = ?,
                       evidence_file_id = ?, start_override_reason = coalesce(start_override_reason, ?),
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status in ('NOT_STARTED', 'IN_PROGRESS')""")
                .params(today, today, userId, userName, blankToNull(c.note()), blankToNull(c.link()), c.fileId(),
                        blankToNull(c.overrideReason()), organizationId, id, c.version())
                .update();
    }

    /** Points the program's playbook tasks with these step keys, not yet linked elsewhere, at another module's records. */
    List<Long> linkSource(long organizationId, long programId, java.util.Collection<String> sourceKeys, String module, String ref,
                          String url) {
        return jdbc.sql("""
                update program_task set source_module = ?, source_ref = ?, source_url = ?, version = version + 1, updated_at = now()
                where organization_id = ? and program_id = ? and source_key = any (?) and source_module is null
                returning id""").params(module, ref, url, organizationId, programId, sourceKeys.toArray(String[]::new))
                .query(Long.class).list();
    }

    int cancel(long organizationId, long id, String reason, int version) {
        return jdbc.sql("""
                update program_task set status = 'CANCELLED', cancel_reason = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status in ('NOT_STARTED', 'IN_PROGRESS')""")
                .params(reason, organizationId, id, version).update();
    }

    int reopen(long organizationId, long id, int version) {
        return jdbc.sql("""
                update program_task set status = case when actual_start is null then 'NOT_STARTED' else 'IN_PROGRESS' end,
                       actual_finish = null, completed_by = null, completed_by_name = null, completed_at = null,
                       cancel_reason = null, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status in ('DONE', 'CANCELLED')""")
                .params(organizationId, id, version).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static java.util.Map<String, Object> columnParams(List<Object[]> cols) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        Class<?>[] types = {Long[].class, Long[].class, Integer[].class, String[].class, String[].class, String[].class,
            String[].class, Long[].class, String[].class, String[].class, Boolean[].class, String[].class, String[].class,
            Integer[].class, String[].class, String[].class, String[].class, String[].class, String[].class, Boolean[].class,
            Boolean[].class, Boolean[].class, String[].class, Long[].class, Long[].class, Integer[].class};
        for (int c = 0; c < cols.size(); c++) {
            Object[] src = cols.get(c);
            Object[] typed = (Object[]) java.lang.reflect.Array.newInstance(types[c].getComponentType(), src.length);
            System.arraycopy(src, 0, typed, 0, src.length);
            params.put("c" + c, typed);
        }
        return params;
    }

    private static String candidates(List<Long> ids) {
        return ids == null || ids.isEmpty() ? "{}" : "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
