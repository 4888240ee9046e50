package org.uptake.program.gantt;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GanttRepository {

    /** A task as the chart needs it, read in plan order. */
    record Row(long id, Long phaseId, String title, LocalDate start, LocalDate finish, int duration, boolean milestone,
               String status, Long ownerId, String owner, LocalDate due, int version) {
    }

    private final JdbcClient jdbc;

    GanttRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every task of the program in plan order (phase, position): one query, the plan's own index. */
    List<Row> tasks(long organizationId, long programId) {
        return jdbc.sql("""
                select t.id, t.phase_id, t.title, t.planned_start, t.planned_finish, t.duration_days, t.milestone, t.status,
                       t.owner_person_id, o.full_name, t.due_date, t.version
                from program_task t
                left join program_phase ph on ph.id = t.phase_id
                left join person o on o.id = t.owner_person_id
                where t.organization_id = ? and t.program_id = ?
                order by ph.position nulls last, t.phase_id, t.position, t.id""")
                .params(organizationId, programId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getBoolean(7),
                        rs.getString(8), rs.getObject(9, Long.class), rs.getString(10), rs.getObject(11, LocalDate.class),
                        rs.getInt(12)))
                .list();
    }

    /** Every dependency of the program as [predecessor, successor]. */
    List<long[]> edges(long programId) {
        return jdbc.sql("select predecessor_id, successor_id from program_task_dependency where program_id = ?")
                .param(programId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    /** The people who own tasks of the program, for the owner filter. */
    List<TaskOwner> owners(long organizationId, long programId) {
        return jdbc.sql("""
                select p.id, p.full_name from person p
                where p.organization_id = ? and p.id in (select distinct owner_person_id from program_task where program_id = ?)
                order by p.full_name, p.id""")
                .params(organizationId, programId).query((rs, n) -> new TaskOwner(rs.getLong(1), rs.getString(2))).list();
    }
}
