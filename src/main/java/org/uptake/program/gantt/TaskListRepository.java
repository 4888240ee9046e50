package org.uptake.program.gantt;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan's filtered list: one keyset query per page on the program's plan index, however large the plan. */
@Repository
class TaskListRepository {

    private final JdbcClient jdbc;

    TaskListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} tasks matching the filter, by start date then id, after the given (start, id) if any. */
    List<PlanRow> page(long organizationId, long programId, TaskFilter filter, LocalDate afterDate, long afterId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select t.id, t.title, t.phase_id, ph.name, t.owner_person_id, o.full_name, t.planned_start, t.planned_finish,
                       t.due_date, t.status, t.milestone
                from program_task t left join program_phase ph on ph.id = t.phase_id left join person o on o.id = t.owner_person_id
                where t.organization_id = :org and t.program_id = :program""");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        params.put("program", programId);
        conditions(filter, sql, params);
        if (afterDate != null) {
            sql.append(" and (t.planned_start, t.id) > (:afterDate, :afterId)");
            params.put("afterDate", afterDate);
            params.put("afterId", afterId);
        }
        sql.append(" order by t.planned_start, t.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getBoolean(11)))
                .list();
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
}
