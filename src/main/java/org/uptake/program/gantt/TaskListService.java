package org.uptake.program.gantt;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * The plan as a filtered list (phase, owner, status, overdue), by start date, keyset-paginated: one
 * query per page on the program's plan index, however large the plan.
 */
@Service
public class TaskListService {

    private final ProgramService programs;
    private final JdbcClient jdbc;

    TaskListService(ProgramService programs, JdbcClient jdbc) {
        this.programs = programs;
        this.jdbc = jdbc;
    }

    public Slice<PlanRow> list(Actor actor, long programId, TaskFilter filter, PageRequest request) {
        programs.requireReader(actor, programId);
        StringBuilder sql = new StringBuilder("""
                select t.id, t.title, t.phase_id, ph.name, t.owner_person_id, o.full_name, t.planned_start, t.planned_finish,
                       t.due_date, t.status, t.milestone
                from program_task t left join program_phase ph on ph.id = t.phase_id left join person o on o.id = t.owner_person_id
                where t.organization_id = :org and t.program_id = :program""");
        Map<String, Object> params = new HashMap<>();
        params.put("org", actor.organizationId());
        params.put("program", programId);
        conditions(filter, sql, params);
        Cursor after = request.cursor();
        LocalDate afterDate = after == null ? null : date(after.key());
        if (afterDate != null) {
            sql.append(" and (t.planned_start, t.id) > (:afterDate, :afterId)");
            params.put("afterDate", afterDate);
            params.put("afterId", after.id());
        }
        sql.append(" order by t.planned_start, t.id limit :limit");
        params.put("limit", request.size() + 1);
        List<PlanRow> rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getBoolean(11)))
                .list();
        return Slice.of(rows, request.size(), r -> new Cursor(r.plannedStart().toString(), r.id()));
    }

    private static void conditions(TaskFilter f, StringBuilder sql, Map<String, Object> params) {
        if (f.phaseId() != null) {
            sql.append(" and t.phase_id = :phase");
            params.put("phase", f.phaseId());
        }
        if (f.ownerPersonId() != null) {
            sql.append(" and t.owner_person_id = :owner");
            params.put("owner", f.ownerPersonId());
        }
        if ("OPEN".equals(f.status())) {
            sql.append(" and t.status in ('NOT_STARTED', 'IN_PROGRESS')");
        } else if (f.status() != null) {
            sql.append(" and t.status = :status");
            params.put("status", f.status());
        } else {
            sql.append(" and t.status <> 'CANCELLED'");
        }
        if (f.overdue()) {
            sql.append(" and t.status in ('NOT_STARTED', 'IN_PROGRESS') and coalesce(t.due_date, t.planned_finish) < current_date");
        }
    }

    private static LocalDate date(String key) {
        try {
            return LocalDate.parse(key);
        } catch (RuntimeException tampered) {
            return null;
        }
    }
}
