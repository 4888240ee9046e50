package org.uptake.process.spec;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.process.catalog.ProcessStatus;

/** The processes a position executes and the provisional roles still waiting for a position. */
@Repository
class ExecutorRepository {

    private final JdbcClient jdbc;

    ExecutorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ExecutedProcess(long processId, String code, String name, int level, String description, String content,
                           long executorId, String functions, Long ownerPositionId, String ownerTitle,
                           ProcessStatus status, Integer approvedRevision, int completeness, int provisionalExecutors) {
    }

    /** Uses the (organization_id, position_id, process_id) index: one range scan however large the catalog. */
    List<ExecutedProcess> executedBy(long organizationId, long positionId) {
        return jdbc.sql("""
                select p.id as process_id, p.code, p.name, p.level, p.description, p.content, e.id as executor_id,
                       e.functions, p.owner_position_id, o.title as owner_title, p.status, p.approved_revision,
                       p.completeness, p.provisional_executors
                from process_executor e
                join process p on p.id = e.process_id
                left join position o on o.id = p.owner_position_id
                where e.organization_id = ? and e.position_id = ?
                order by p.path""")
                .params(organizationId, positionId).query(ExecutedProcess.class).list();
    }

    record GoalLine(long processId, long id, String text, String client) {
    }

    List<GoalLine> goals(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select g.process_id, g.id, g.text, c.name as client from process_goal g
                join process_client c on c.id = g.client_id
                where g.organization_id = :org and g.process_id in (:ids) order by g.process_id, g.sort_order, g.id""")
                .param("org", organizationId).param("ids", processIds).query(GoalLine.class).list();
    }

    List<ProvisionalRole> provisionalRoles(long organizationId) {
        return jdbc.sql("""
                select provisional_role as name, count(distinct process_id) as processes from process_executor
                where organization_id = ? and position_id is null
                group by provisional_role order by lower(provisional_role) limit 500""")
                .param(organizationId).query(ProvisionalRole.class).list();
    }

    List<Long> processesWithRole(long organizationId, String role) {
        return jdbc.sql("""
                select distinct process_id from process_executor
                where organization_id = ? and position_id is null and lower(provisional_role) = lower(?)""")
                .params(organizationId, role).query(Long.class).list();
    }

    /** Replaces the role by the position where the position is not already an executor; drops the duplicates. */
    void resolve(long organizationId, long processId, String role, long positionId) {
        jdbc.sql("""
                delete from process_executor e where e.organization_id = :org and e.process_id = :pid
                   and e.position_id is null and lower(e.provisional_role) = lower(:role)
                   and exists (select 1 from process_executor x where x.process_id = :pid and x.position_id = :pos)""")
                .param("org", organizationId).param("pid", processId).param("role", role).param("pos", positionId).update();
        jdbc.sql("""
                update process_executor set position_id = :pos, provisional_role = null, version = version + 1
                where organization_id = :org and process_id = :pid and position_id is null
                  and lower(provisional_role) = lower(:role)
                  and id = (select min(id) from process_executor where process_id = :pid and position_id is null
                            and lower(provisional_role) = lower(:role))""")
                .param("org", organizationId).param("pid", processId).param("role", role).param("pos", positionId).update();
    }
}
