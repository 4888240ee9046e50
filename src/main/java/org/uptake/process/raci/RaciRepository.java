package org.uptake.process.raci;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RaciRepository {

    private final JdbcClient jdbc;

    RaciRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ProcessLine(long id, String name, int level, Long ownerPositionId) {
    }

    record Assignment(long processId, long positionId, String role) {
    }

    Optional<Long> firstTopLevel(long organizationId) {
        return jdbc.sql("select id from process where organization_id = ? and level = 1 order by sort_order, lower(name), id limit 1")
                .param(organizationId).query(Long.class).optional();
    }

    List<ProcessLine> subtree(long organizationId, String path, int maxLevel, int limit) {
        return jdbc.sql("""
                select id, name, level, owner_position_id from process where organization_id = ? and path like ? and level <= ?
                order by path limit ?""")
                .params(organizationId, path + "%", maxLevel, limit).query(ProcessLine.class).list();
    }

    /** Executors (R) and consulted/informed (C, I) of the processes, in one query. */
    List<Assignment> assignments(long organizationId, Collection<Long> processIds) {
        return jdbc.sql("""
                select process_id, position_id, 'R' as role from process_executor
                where organization_id = :org and process_id in (:ids) and position_id is not null
                union all
                select process_id, position_id, role from process_raci where organization_id = :org and process_id in (:ids)""")
                .param("org", organizationId).param("ids", processIds).query(Assignment.class).list();
    }

    List<RaciMatrix.Column> positions(long organizationId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, title from position where organization_id = :org and id in (:ids) order by lower(title), id")
                .param("org", organizationId).param("ids", ids).query(RaciMatrix.Column.class).list();
    }

    boolean isExecutor(long processId, long positionId) {
        return jdbc.sql("select exists (select 1 from process_executor where process_id = ? and position_id = ?)")
                .params(processId, positionId).query(Boolean.class).single();
    }

    Optional<String> role(long processId, long positionId) {
        return jdbc.sql("select role from process_raci where process_id = ? and position_id = ?")
                .params(processId, positionId).query(String.class).optional();
    }

    void set(long organizationId, long processId, long positionId, String role) {
        jdbc.sql("""
                insert into process_raci (organization_id, process_id, position_id, role) values (?, ?, ?, ?)
                on conflict (process_id, position_id) do update set role = excluded.role, updated_at = now()""")
                .params(organizationId, processId, positionId, role).update();
    }

    void clear(long organizationId, long processId, long positionId) {
        jdbc.sql("delete from process_raci where organization_id = ? and process_id = ? and position_id = ?")
                .params(organizationId, processId, positionId).update();
    }
}
