package org.uptake.org.unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class UnitRepository {

    private static final String COLUMNS = """
            id, organization_id, code, name, unit_type, parent_id, path, depth, head_person_id, acting_head_person_id, version""";
    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from unit where organization_id = ? and id = ?")
                .params(organizationId, id).query(Unit.class).optional();
    }

    Optional<Unit> findByCode(long organizationId, String code) {
        return jdbc.sql("select " + COLUMNS + " from unit where organization_id = ? and code = ?")
                .params(organizationId, code).query(Unit.class).optional();
    }

    Optional<UnitView> view(long organizationId, long id) {
        return jdbc.sql("""
                select u.id, u.organization_id, u.code, u.name, u.unit_type, u.parent_id, u.path, u.depth,
                       u.head_person_id, u.acting_head_person_id, u.version,
                       parent.name as parent_name, h.full_name as head_name, ah.full_name as acting_head_name,
                       (select count(*) from person p where p.unit_id = u.id and p.employment_status <> 'LEFT') as direct_people,
                       (select count(*) from unit c where c.parent_id = u.id) as child_count
                from unit u
                left join unit parent on parent.id = u.parent_id
                left join person h on h.id = u.head_person_id
                left join person ah on ah.id = u.acting_head_person_id
                where u.organization_id = ? and u.id = ?""")
                .params(organizationId, id)
                .query((rs, n) -> new UnitView(new Unit(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("unit_type"), rs.getObject("parent_id", Long.class),
                        rs.getString("path"), rs.getInt("depth"), rs.getObject("head_person_id", Long.class),
                        rs.getObject("acting_head_person_id", Long.class), rs.getInt("version")),
                        rs.getString("parent_name"), rs.getString("head_name"), rs.getString("acting_head_name"),
                        rs.getLong("direct_people"), rs.getLong("child_count")))
                .optional();
    }

    /**
     * The units whose path starts with the prefix ("/" for all) with their head's name and their own
     * (not subtree) head count, in one query; parents come before their children. The head's name is
     * a key lookup per unit rather than a join, so the 20,000-row person table is scanned once, to count.
     */
    List<TreeRow> treeRows(long organizationId, String pathPrefix) {
        return jdbc.sql("""
                select u.id, u.code, u.name, u.unit_type, u.parent_id, u.depth,
                       (select h.full_name from person h where h.id = coalesce(u.acting_head_person_id, u.head_person_id)) as head_name,
                       coalesce(c.people, 0) as people
                from unit u
                left join (select p.unit_id, count(*) as people from person p
                           where p.organization_id = :org and p.employment_status <> 'LEFT'
                             and p.unit_id in (select id from unit where organization_id = :org and path like :prefix)
                           group by p.unit_id) c on c.unit_id = u.id
                where u.organization_id = :org and u.path like :prefix
                order by u.depth, lower(u.name), u.id""")
                .param("org", organizationId).param("prefix", pathPrefix + "%")
                .query(TreeRow.class).list();
    }

    record TreeRow(long id, String code, String name, String unitType, Long parentId, int depth, String headName,
                   long people) {
    }

    List<UnitRow> page(long organizationId, PageRequest request) {
        Cursor after = request.cursor();
        return jdbc.sql("""
                select u.id, u.code, u.name, u.unit_type, parent.name as parent_name, h.full_name as head_name
                from unit u
                left join unit parent on parent.id = u.parent_id
                left join person h on h.id = u.head_person_id
                where u.organization_id = :org
                  and (cast(:pattern as text) is null or u.name ilike :pattern or u.code ilike :pattern)
                  and (cast(:afterKey as text) is null or (lower(u.name), u.id) > (:afterKey, :afterId))
                order by lower(u.name), u.id limit :limit""")
                .param("org", organizationId).param("pattern", request.likePattern())
                .param("afterKey", after == null ? null : after.key()).param("afterId", after == null ? 0L : after.id())
                .param("limit", request.size() + 1)
                .query(UnitRow.class).list();
    }

    List<UnitRow> children(long organizationId, long parentId) {
        return jdbc.sql("""
                select u.id, u.code, u.name, u.unit_type, null as parent_name, h.full_name as head_name
                from unit u left join person h on h.id = u.head_person_id
                where u.organization_id = ? and u.parent_id = ? order by lower(u.name), u.id limit 500""")
                .params(organizationId, parentId).query(UnitRow.class).list();
    }

    long insert(long organizationId, UnitForm form, String parentPath, int depth) {
        long id = jdbc.sql("""
                insert into unit (organization_id, code, name, unit_type, parent_id, path, depth, head_person_id, acting_head_person_id)
                values (?, ?, ?, ?, ?, '', ?, ?, ?) returning id""")
                .params(organizationId, form.getCode(), form.getName(), form.getUnitType(), form.getParentId(), depth,
                        form.getHeadPersonId(), form.getActingHeadPersonId())
                .query(Long.class).single();
        jdbc.sql("update unit set path = ? where id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    int update(long organizationId, long id, UnitForm form) {
        return jdbc.sql("""
                update unit set code = ?, name = ?, unit_type = ?, head_person_id = ?, acting_head_person_id = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(form.getCode(), form.getName(), form.getUnitType(), form.getHeadPersonId(),
                        form.getActingHeadPersonId(), organizationId, id, form.getVersion())
                .update();
    }

    /** Re-hangs a unit and rewrites the path prefix of its whole subtree in one statement. */
    void move(long organizationId, Unit unit, Long newParentId, String newPath, int depthDelta) {
        jdbc.sql("update unit set parent_id = ?, updated_at = now() where id = ?").params(newParentId, unit.id()).update();
        jdbc.sql("""
                update unit set path = :newPath || substr(path, length(:oldPath) + 1), depth = depth + :delta
                where organization_id = :org and path like :oldPath || '%'""")
                .params(Map.of("newPath", newPath, "oldPath", unit.path(), "delta", depthDelta, "org", organizationId))
                .update();
    }

    int bumpVersion(long organizationId, long id, int version) {
        return jdbc.sql("update unit set version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from unit where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    boolean hasChildren(long id) {
        return jdbc.sql("select exists (select 1 from unit where parent_id = ?)").param(id).query(Boolean.class).single();
    }

    boolean hasPeople(long id) {
        return jdbc.sql("select exists (select 1 from person where unit_id = ?)").param(id).query(Boolean.class).single();
    }

    /** Paths of the units this person heads or acts for: the reach of a unit head. */
    /** The units a person heads or acts for, each with the current people of its whole subtree. */
    List<HeadedUnit> headedBy(long organizationId, long personId) {
        return jdbc.sql("""
                select u.id, u.name, u.unit_type, u.acting_head_person_id = :person and coalesce(u.head_person_id, 0) <> :person as acting,
                       (select count(*) from unit s join person p on p.unit_id = s.id
                        where s.organization_id = u.organization_id and s.path like u.path || '%'
                          and p.employment_status <> 'LEFT') as people
                from unit u
                where u.organization_id = :org and (u.head_person_id = :person or u.acting_head_person_id = :person)
                order by lower(u.name), u.id limit 20""")
                .param("org", organizationId).param("person", personId).query(HeadedUnit.class).list();
    }

    List<String> headedPaths(long organizationId, long personId) {
        return jdbc.sql("""
                select path from unit where organization_id = ? and (head_person_id = ? or acting_head_person_id = ?)""")
                .params(organizationId, personId, personId).query(String.class).list();
    }

    List<String> types(long organizationId) {
        return jdbc.sql("select distinct unit_type from unit where organization_id = ? order by unit_type limit 100")
                .param(organizationId).query(String.class).list();
    }

    List<Unit> all(long organizationId) {
        return jdbc.sql("select " + COLUMNS + " from unit where organization_id = ? order by path")
                .param(organizationId).query(Unit.class).list();
    }
}
