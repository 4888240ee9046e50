package org.uptake.program.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.program.playbook.OrderStrength;

@Repository
class DependencyRepository {

    private static final String SELECT = """
            select d.id, d.predecessor_id, p.title as predecessor_title, p.status as predecessor_status, d.successor_id,
                   s.title as successor_title, d.strength, d.origin, d.reason, d.override_reason, d.overridden_by_name, d.overridden_at
            from program_task_dependency d join program_task p on p.id = d.predecessor_id join program_task s on s.id = d.successor_id
            """;

    private final JdbcClient jdbc;

    DependencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Dependency map(ResultSet rs, int n) throws SQLException {
        return new Dependency(rs.getLong("id"), rs.getLong("predecessor_id"), rs.getString("predecessor_title"),
                TaskStatus.valueOf(rs.getString("predecessor_status")), rs.getLong("successor_id"),
                rs.getString("successor_title"), OrderStrength.valueOf(rs.getString("strength")), rs.getString("origin"),
                rs.getString("reason"), rs.getString("override_reason"), rs.getString("overridden_by_name"),
                TaskRepository.instant(rs, "overridden_at"));
    }

    Optional<Dependency> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.program_id = ? and d.id = ?")
                .params(organizationId, programId, id).query(DependencyRepository::map).optional();
    }

    List<Dependency> predecessorsOf(long organizationId, long taskId) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.successor_id = ? order by p.planned_start, d.id")
                .params(organizationId, taskId).query(DependencyRepository::map).list();
    }

    List<Dependency> successorsOf(long organizationId, long taskId) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.predecessor_id = ? order by s.planned_start, d.id")
                .params(organizationId, taskId).query(DependencyRepository::map).list();
    }

    /** Every dependency of the program as {predecessor, successor} pairs, in one query. */
    long[][] edges(long programId) {
        return jdbc.sql("select predecessor_id, successor_id from program_task_dependency where program_id = ?")
                .param(programId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list().toArray(long[][]::new);
    }

    List<Dependency> page(long organizationId, long programId, long afterId, int limit) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.program_id = ? and d.id > ? order by d.id limit ?")
                .params(organizationId, programId, afterId, limit).query(DependencyRepository::map).list();
    }

    long insert(long organizationId, long programId, long predecessorId, long successorId, OrderStrength strength,
                String origin, String reason) {
        return jdbc.sql("""
                insert into program_task_dependency (organization_id, program_id, predecessor_id, successor_id, strength, origin, reason)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, predecessorId, successorId, strength.name(), origin, reason)
                .query(Long.class).single();
    }

    /** Inserts many dependencies in one statement (a plan created from a playbook, wave steps). */
    void insertAll(long organizationId, long programId, List<long[]> pairs, List<OrderStrength> strengths, List<String> reasons,
                   String origin) {
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into program_task_dependency (organization_id, program_id, predecessor_id, successor_id, strength, origin, reason)
                select ?, ?, v.p, v.s, v.st, ?, v.r from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) as v(p, s, st, r)
                on conflict (predecessor_id, successor_id) do nothing""")
                .params(organizationId, programId, origin, pairs.stream().map(p -> p[0]).toArray(Long[]::new),
                        pairs.stream().map(p -> p[1]).toArray(Long[]::new),
                        strengths.stream().map(Enum::name).toArray(String[]::new), reasons.toArray(String[]::new))
                .update();
    }

    boolean exists(long predecessorId, long successorId) {
        return jdbc.sql("select exists (select 1 from program_task_dependency where predecessor_id = ? and successor_id = ?)")
                .params(predecessorId, successorId).query(Boolean.class).single();
    }

    int delete(long organizationId, long programId, long id) {
        return jdbc.sql("delete from program_task_dependency where organization_id = ? and program_id = ? and id = ?")
                .params(organizationId, programId, id).update();
    }

    int override(long organizationId, long id, String reason, long userId, String userName) {
        return jdbc.sql("""
                update program_task_dependency set override_reason = ?, overridden_by = ?, overridden_by_name = ?, overridden_at = now()
                where organization_id = ? and id = ? and strength = 'DEFAULT' and override_reason is null""")
                .params(reason, userId, userName, organizationId, id).update();
    }
}
