package org.uptake.program.planio;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a plan import reads and writes, set-based: a handful of statements per file, never one per row. */
@Repository
class PlanIoRepository {

    private final JdbcClient jdbc;

    PlanIoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExistingTask> tasks(long organizationId, long programId) {
        return jdbc.sql("""
                select id, external_key, title, phase_id, owner_person_id, planned_start, planned_finish, constraint_start,
                       duration_days, due_date, milestone, status, completion_criterion, effort_hours
                from program_task where organization_id = ? and program_id = ? order by phase_id nulls last, position, id""")
                .params(organizationId, programId)
                .query((rs, n) -> new ExistingTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getInt(9), rs.getObject(10, LocalDate.class), rs.getBoolean(11),
                        rs.getString(12), rs.getString(13), rs.getBigDecimal(14)))
                .list();
    }

    /** Phase ids by lower-case name, and each phase's name by id. */
    Map<String, Long> phases(long organizationId, long programId) {
        Map<String, Long> byName = new HashMap<>();
        jdbc.sql("select id, name from program_phase where organization_id = ? and program_id = ? order by position, id")
                .params(organizationId, programId)
                .query((rs, n) -> byName.putIfAbsent(rs.getString(2).strip().toLowerCase(java.util.Locale.ROOT), rs.getLong(1)))
                .list();
        return byName;
    }

    Map<Long, String> phaseNames(long programId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from program_phase where program_id = ?").param(programId)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** People of the organisation by employee number and by lower-case e-mail, for the owners the file names. */
    Map<String, Long> people(long organizationId, List<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (keys.isEmpty()) {
            return ids;
        }
        String[] lower = keys.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
        jdbc.sql("""
                select id, employee_number, lower(email) from person
                where organization_id = ? and (employee_number = any (?) or lower(email) = any (?))""")
                .params(organizationId, keys.toArray(String[]::new), lower)
                .query((rs, n) -> {
                    if (rs.getString(2) != null) {
                        ids.putIfAbsent(rs.getString(2), rs.getLong(1));
                    }
                    if (rs.getString(3) != null) {
                        ids.putIfAbsent(rs.getString(3), rs.getLong(1));
                    }
                    return null;
                }).list();
        return ids;
    }

    /** Who owns what, as an export writes it: employee number, else e-mail. */
    Map<Long, String> ownerKeys(long organizationId, long programId) {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("""
                select p.id, coalesce(p.employee_number, p.email) from person p
                where p.organization_id = ? and p.id in (select owner_person_id from program_task where program_id = ?)""")
                .params(organizationId, programId).query((rs, n) -> keys.put(rs.getLong(1), rs.getString(2))).list();
        return keys;
    }

    /** Every dependency of the program: predecessor, successor and whether a playbook rule made it. */
    List<Object[]> dependencies(long programId) {
        return jdbc.sql("select predecessor_id, successor_id, origin = 'PLAYBOOK' from program_task_dependency where program_id = ?")
                .param(programId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getBoolean(3)}).list();
    }

    Object[] program(long organizationId, long programId) {
        return jdbc.sql("select start_date, status from program where organization_id = ? and id = ?")
                .params(organizationId, programId)
                .query((rs, n) -> new Object[]{rs.getObject(1, LocalDate.class), rs.getString(2)}).optional().orElse(null);
    }

    long insertPhase(long organizationId, long programId, String name) {
        return jdbc.sql("""
                insert into program_phase (organization_id, program_id, position, name)
                select ?, ?, coalesce(max(position), 0) + 1, ? from program_phase where program_id = ? returning id""")
                .params(organizationId, programId, name, programId).query(Long.class).single();
    }

    List<Long> reserveTaskIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('program_task', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    int nextPosition(long programId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from program_task where program_id = ?").param(programId)
                .query(Integer.class).single();
    }

    /** Inserts the new tasks in one statement (arrays unnested); their dates are placeholders until the reschedule. */
    void insertTasks(long organizationId, long programId, List<Long> ids, List<ImportedTask> tasks, LocalDate placeholder,
                     int firstPosition) {
        Map<String, Object> params = columns(tasks);
        params.put("ids", ids.toArray(Long[]::new));
        Integer[] positions = new Integer[tasks.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = firstPosition + i;
        }
        params.put("positions", positions);
        params.put("org", organizationId);
        params.put("program", programId);
        params.put("placeholder", placeholder);
        jdbc.sql("""
                insert into program_task (id, organization_id, program_id, phase_id, position, title, owner_person_id, planned_start,
                                          planned_finish, duration_days, constraint_start, due_date, milestone, completion_criterion,
                                          effort_hours, external_key)
                overriding system value
                select u.id, :org, :program, u.phase, u.position, u.title, u.owner, :placeholder, :placeholder, u.duration, u.start,
                       u.due, u.milestone, u.criterion, u.effort, u.key
                from unnest(cast(:ids as bigint[]), cast(:phases as bigint[]), cast(:positions as int[]), cast(:titles as text[]),
                            cast(:owners as bigint[]), cast(:starts as date[]), cast(:durations as int[]), cast(:dues as date[]),
                            cast(:milestones as boolean[]), cast(:criteria as text[]), cast(:efforts as numeric[]),
                            cast(:keys as text[]))
                     as u(id, phase, position, title, owner, start, duration, due, milestone, criterion, effort, key)""")
                .params(params).update();
    }

    /** Updates the changed tasks in one statement; each one's version goes up. */
    void updateTasks(long organizationId, List<ImportedTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        Map<String, Object> params = columns(tasks);
        params.put("ids", tasks.stream().map(ImportedTask::existingId).toArray(Long[]::new));
        params.put("org", organizationId);
        jdbc.sql("""
                update program_task t set phase_id = u.phase, title = u.title, owner_person_id = u.owner, constraint_start = u.start,
                       duration_days = u.duration, due_date = u.due, milestone = u.milestone, completion_criterion = u.criterion,
                       effort_hours = u.effort, external_key = coalesce(t.external_key, u.key), version = t.version + 1,
                       updated_at = now()
                from unnest(cast(:ids as bigint[]), cast(:phases as bigint[]), cast(:titles as text[]), cast(:owners as bigint[]),
                            cast(:starts as date[]), cast(:durations as int[]), cast(:dues as date[]), cast(:milestones as boolean[]),
                            cast(:criteria as text[]), cast(:efforts as numeric[]), cast(:keys as text[]))
                     as u(id, phase, title, owner, start, duration, due, milestone, criterion, effort, key)
                where t.id = u.id and t.organization_id = :org""")
                .params(params).update();
    }

    /** The tasks' values as typed arrays, one per column, for unnest. */
    private static Map<String, Object> columns(List<ImportedTask> tasks) {
        Map<String, Object> p = new HashMap<>();
        p.put("phases", tasks.stream().map(ImportedTask::phaseId).toArray(Long[]::new));
        p.put("titles", tasks.stream().map(ImportedTask::title).toArray(String[]::new));
        p.put("owners", tasks.stream().map(ImportedTask::ownerPersonId).toArray(Long[]::new));
        p.put("starts", tasks.stream().map(t -> t.start() == null ? null : t.start().toString()).toArray(String[]::new));
        p.put("durations", tasks.stream().map(t -> t.milestone() ? 0 : t.durationDays()).toArray(Integer[]::new));
        p.put("dues", tasks.stream().map(t -> t.due() == null ? null : t.due().toString()).toArray(String[]::new));
        p.put("milestones", tasks.stream().map(ImportedTask::milestone).toArray(Boolean[]::new));
        p.put("criteria", tasks.stream().map(ImportedTask::criterion).toArray(String[]::new));
        p.put("efforts", tasks.stream().map(t -> t.effortHours() == null ? null : t.effortHours().toPlainString()).toArray(String[]::new));
        p.put("keys", tasks.stream().map(ImportedTask::key).toArray(String[]::new));
        return p;
    }

    /** Removes the user-made dependencies of the given successors (playbook rules stay). */
    void deleteUserDependencies(long programId, List<Long> successors) {
        if (!successors.isEmpty()) {
            jdbc.sql("delete from program_task_dependency where program_id = ? and origin = 'USER' and successor_id = any (?)")
                    .params(programId, successors.toArray(Long[]::new)).update();
        }
    }

    void insertDependencies(long organizationId, long programId, List<long[]> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into program_task_dependency (organization_id, program_id, predecessor_id, successor_id, strength, origin)
                select ?, ?, p, s, 'DEFAULT', 'USER' from unnest(cast(? as bigint[]), cast(? as bigint[])) as u(p, s)
                on conflict (predecessor_id, successor_id) do nothing""")
                .params(organizationId, programId, pairs.stream().map(p -> p[0]).toArray(Long[]::new),
                        pairs.stream().map(p -> p[1]).toArray(Long[]::new))
                .update();
    }
}
