package org.uptake.process.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class ProcessRepository {

    static final String COLUMNS = """
            p.id, p.organization_id, p.code, p.name, p.parent_id, p.path, p.level, p.sort_order, p.description, p.content,
            p.benefit, p.repeats_regularly, p.system_forming, p.owner_position_id, p.status, p.completeness,
            p.provisional_executors, p.approved_revision, p.spec_version, p.version""";
    private static final String ROW = """
            select p.id, p.code, p.name, p.level, parent.name as parent_name, o.title as owner_title, p.status,
                   p.completeness, p.provisional_executors
            from process p
            left join process parent on parent.id = p.parent_id
            left join position o on o.id = p.owner_position_id
            """;
    private final JdbcClient jdbc;

    ProcessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Process> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from process p where p.organization_id = ? and p.id = ?")
                .params(organizationId, id).query(Process.class).optional();
    }

    Optional<Process> findByCode(long organizationId, String code) {
        return jdbc.sql("select " + COLUMNS + " from process p where p.organization_id = ? and p.code = ?")
                .params(organizationId, code).query(Process.class).optional();
    }

    Optional<ProcessView> view(long organizationId, long id) {
        return find(organizationId, id).map(p -> jdbc.sql("""
                        select (select name from process where id = ?) as parent_name,
                               (select title from position where id = ?) as owner_title,
                               (select count(*) from process where parent_id = ?) as child_count""")
                .params(p.parentId(), p.ownerPositionId(), p.id())
                .query((rs, n) -> new ProcessView(p, rs.getString("parent_name"), rs.getString("owner_title"),
                        rs.getLong("child_count")))
                .single());
    }

    /** Processes under a path prefix ("/" for all) down to a level, parents before children, in one query. */
    List<TreeRow> treeRows(long organizationId, String pathPrefix, int maxLevel) {
        return jdbc.sql("""
                select p.id, p.code, p.name, p.level, p.parent_id, p.status, p.completeness, p.provisional_executors,
                       o.title as owner_title, coalesce(c.children, 0) as children
                from process p
                left join position o on o.id = p.owner_position_id
                left join (select parent_id, count(*) as children from process
                           where organization_id = :org and path like :prefix group by parent_id) c on c.parent_id = p.id
                where p.organization_id = :org and p.path like :prefix and p.level <= :maxLevel
                order by p.level, p.sort_order, lower(p.name), p.id""")
                .param("org", organizationId).param("prefix", pathPrefix + "%").param("maxLevel", maxLevel)
                .query(TreeRow.class).list();
    }

    record TreeRow(long id, String code, String name, int level, Long parentId, ProcessStatus status, int completeness,
                   int provisionalExecutors, String ownerTitle, long children) {
    }

    /** One keyset page by name; the filters given are added to the WHERE clause (ADR 0005). */
    List<ProcessRow> page(long organizationId, ProcessFilter filter, PageRequest request) {
        Cursor after = request.cursor();
        StringBuilder sql = new StringBuilder(ROW).append(" where p.organization_id = :org");
        var params = new java.util.HashMap<String, Object>();
        params.put("org", organizationId);
        if (request.likePattern() != null) {
            sql.append(" and (p.name ilike :pattern or p.code ilike :pattern)");
            params.put("pattern", request.likePattern());
        }
        if (filter.level() != null) {
            sql.append(" and p.level = :level");
            params.put("level", filter.level());
        }
        if (filter.status() != null) {
            sql.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.ownerPositionId() != null) {
            sql.append(" and p.owner_position_id = :owner");
            params.put("owner", filter.ownerPositionId());
        }
        if (after != null) {
            sql.append(" and (lower(p.name), p.id) > (:afterKey, :afterId)");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        sql.append(" order by lower(p.name), p.id limit :limit");
        params.put("limit", request.size() + 1);
        return jdbc.sql(sql.toString()).params(params).query(ProcessRow.class).list();
    }

    List<ProcessRow> children(long organizationId, long parentId) {
        return jdbc.sql(ROW + " where p.organization_id = ? and p.parent_id = ? order by p.sort_order, lower(p.name), p.id")
                .params(organizationId, parentId).query(ProcessRow.class).list();
    }

    List<ProcessRow> byIds(long organizationId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROW + " where p.organization_id = :org and p.id in (:ids) order by p.path")
                .param("org", organizationId).param("ids", ids).query(ProcessRow.class).list();
    }

    long insert(long organizationId, ProcessForm form, String parentPath, int level) {
        long id = jdbc.sql("""
                insert into process (organization_id, code, name, parent_id, path, level, sort_order, description, content,
                                     benefit, repeats_regularly, system_forming, owner_position_id)
                values (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, form.getCode(), form.getName(), form.getParentId(), level, form.getSortOrder(),
                        form.getDescription(), form.getContent(), form.getBenefit(), form.isRepeatsRegularly(),
                        form.isSystemForming(), form.getOwnerPositionId())
                .query(Long.class).single();
        jdbc.sql("update process set path = ? where id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    int update(long organizationId, long id, ProcessForm form) {
        return jdbc.sql("""
                update process set code = ?, name = ?, sort_order = ?, description = ?, content = ?, benefit = ?,
                       repeats_regularly = ?, system_forming = ?, owner_position_id = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(form.getCode(), form.getName(), form.getSortOrder(), form.getDescription(), form.getContent(),
                        form.getBenefit(), form.isRepeatsRegularly(), form.isSystemForming(), form.getOwnerPositionId(),
                        organizationId, id, form.getVersion())
                .update();
    }

    /** Re-hangs a process and rewrites the path and level of its whole subtree in one statement. */
    void move(long organizationId, Process process, Long newParentId, String newPath, int levelDelta) {
        jdbc.sql("update process set parent_id = ?, updated_at = now() where id = ?").params(newParentId, process.id()).update();
        jdbc.sql("""
                update process set path = :newPath || substr(path, length(:oldPath) + 1), level = level + :delta
                where organization_id = :org and path like :oldPath || '%'""")
                .params(Map.of("newPath", newPath, "oldPath", process.path(), "delta", levelDelta, "org", organizationId))
                .update();
    }

    int bumpVersion(long organizationId, long id, int version) {
        return jdbc.sql("update process set version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from process where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    boolean hasChildren(long id) {
        return jdbc.sql("select exists (select 1 from process where parent_id = ?)").param(id).query(Boolean.class).single();
    }

    /** Whether another process takes this one's results as its resources (it is their supplier). */
    boolean suppliesOthers(long id) {
        return jdbc.sql("""
                select exists (select 1 from process_supplier where source_process_id = :id and process_id <> :id)
                    or exists (select 1 from process_resource r join process_result res on res.id = r.source_result_id
                               where res.process_id = :id and r.process_id <> :id)""")
                .param("id", id).query(Boolean.class).single();
    }

    /** The deepest level found in the subtree under a path. */
    int deepestLevel(long organizationId, String path) {
        return jdbc.sql("select max(level) from process where organization_id = ? and path like ?")
                .params(organizationId, path + "%").query(Integer.class).single();
    }

    int nextSortOrder(long organizationId, Long parentId) {
        return jdbc.sql("""
                select coalesce(max(sort_order), 0) + 10 from process
                where organization_id = ? and parent_id is not distinct from ?""")
                .params(organizationId, parentId).query(Integer.class).single();
    }

    List<Long> systemForming(long organizationId) {
        return jdbc.sql("select id from process where organization_id = ? and system_forming order by path limit 200")
                .param(organizationId).query(Long.class).list();
    }

    int countUpToLevel(long organizationId, int level) {
        return jdbc.sql("select count(*) from process where organization_id = ? and level <= ?")
                .params(organizationId, level).query(Integer.class).single();
    }
}
