package org.uptake.engagement.stakeholder;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActivityRepository {

    private static final String SELECT = """
            select a.id, a.program_id, a.stakeholder_id, coalesce(p.full_name, s.name) as stakeholder_name, a.title, a.task_id,
                   t.title as task_title, a.due_on, a.done, a.version
            from engagement_activity a join engagement_stakeholder s on s.id = a.stakeholder_id
            left join person p on p.id = s.person_id left join program_task t on t.id = a.task_id
            """;

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Activity> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " where a.organization_id = ? and a.program_id = ? and a.id = ?")
                .params(org, programId, id).query(Activity.class).optional();
    }

    /** The program's activities, open ones first by due date; or one stakeholder's. */
    List<Activity> list(long org, long programId, Long stakeholderId, int limit) {
        return jdbc.sql(SELECT + """
                 where a.organization_id = ? and a.program_id = ? and (cast(? as bigint) is null or a.stakeholder_id = ?)
                 order by a.done, a.due_on nulls last, a.id limit ?""")
                .params(org, programId, stakeholderId, stakeholderId, limit).query(Activity.class).list();
    }

    long insert(long org, long programId, ActivityForm f) {
        return jdbc.sql("""
                insert into engagement_activity (organization_id, program_id, stakeholder_id, title, task_id, due_on, done)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, f.getStakeholderId(), f.getTitle(), f.getTaskId(), f.getDueOn(), f.isDone())
                .query(Long.class).single();
    }

    int update(long org, long id, ActivityForm f) {
        return jdbc.sql("""
                update engagement_activity set stakeholder_id = ?, title = ?, task_id = ?, due_on = ?, done = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getStakeholderId(), f.getTitle(), f.getTaskId(), f.getDueOn(), f.isDone(), org, id, f.getVersion())
                .update();
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from engagement_activity where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }
}
