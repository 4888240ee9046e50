package org.uptake.report.wheel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WheelRepository {

    private static final String SELECT = "select a.*, p.full_name from wheel_activity a join person p on p.id = a.owner_person_id ";

    private final JdbcClient jdbc;

    WheelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WheelActivity> list(long organizationId, long programId) {
        return jdbc.sql(SELECT + "where a.organization_id = ? and a.program_id = ? order by a.month, a.id")
                .params(organizationId, programId).query(WheelRepository::map).list();
    }

    /** The activities locked for the rest of the transaction, so two runs cannot both create a month's task. */
    List<WheelActivity> lockAll(long organizationId, long programId) {
        jdbc.sql("select id from wheel_activity where organization_id = ? and program_id = ? for update")
                .params(organizationId, programId).query(Long.class).list();
        return list(organizationId, programId);
    }

    Optional<WheelActivity> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + "where a.organization_id = ? and a.program_id = ? and a.id = ?")
                .params(organizationId, programId, id).query(WheelRepository::map).optional();
    }

    long insert(long organizationId, long programId, WheelForm f) {
        return jdbc.sql("""
                insert into wheel_activity (organization_id, program_id, month, kind, title, owner_person_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getMonth(), f.getKind().name(), f.getTitle(), f.getOwnerPersonId())
                .query(Long.class).single();
    }

    int delete(long organizationId, long programId, long id, int version) {
        return jdbc.sql("delete from wheel_activity where organization_id = ? and program_id = ? and id = ? and version = ?")
                .params(organizationId, programId, id, version).update();
    }

    boolean hasTask(long activityId, LocalDate occursOn) {
        return jdbc.sql("select exists (select 1 from wheel_task where activity_id = ? and occurs_on = ?)")
                .params(activityId, occursOn).query(Boolean.class).single();
    }

    void recordTask(long organizationId, long activityId, LocalDate occursOn, long taskId) {
        jdbc.sql("insert into wheel_task (activity_id, occurs_on, organization_id, task_id) values (?, ?, ?, ?)")
                .params(activityId, occursOn, organizationId, taskId).update();
    }

    /** The months for which each activity already has its task, by activity, in time order. */
    Map<Long, List<YearMonth>> scheduled(long organizationId, long programId) {
        Map<Long, List<YearMonth>> months = new HashMap<>();
        jdbc.sql("""
                select t.activity_id, t.occurs_on from wheel_task t join wheel_activity a on a.id = t.activity_id
                where a.organization_id = ? and a.program_id = ? order by t.occurs_on""").params(organizationId, programId)
                .query((rs, n) -> months.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(YearMonth.from(rs.getObject(2, LocalDate.class)))).list();
        return months;
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    private static WheelActivity map(ResultSet rs, int n) throws SQLException {
        return new WheelActivity(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("month"), WheelKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getLong("owner_person_id"), rs.getString("full_name"), rs.getInt("version"));
    }
}
