package org.uptake.org.unit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.db.TableCopy;

/** The set-based SQL of unit imports and exports. */
@Repository
class UnitBulkRepository {

    private final JdbcClient jdbc;
    private final TableCopy copy;

    UnitBulkRepository(JdbcClient jdbc, TableCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    /** A unit's new state; {@code edited}: the file changed it (new version), else only its path followed a move. */
    record Change(Unit unit, boolean edited) {
    }

    /** The people who may head a unit (everyone but those who left), by employee number and lower-cased e-mail. */
    void currentPeople(long organizationId, Map<String, Long> byNumber, Map<String, Long> byEmail) {
        jdbc.sql("""
                select id, employee_number, lower(email) from person
                where organization_id = ? and employment_status <> 'LEFT'""")
                .param(organizationId).query(rs -> {
                    if (rs.getString(2) != null) {
                        byNumber.put(rs.getString(2), rs.getLong(1));
                    }
                    if (rs.getString(3) != null) {
                        byEmail.put(rs.getString(3), rs.getLong(1));
                    }
                });
    }

    /** Updates through a temporary table in one statement; answers how many rows still had the version read. */
    int updateAll(long organizationId, List<Change> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                create temporary table unit_import_update (id bigint primary key, version int, name text, unit_type text,
                    parent_id bigint, path text, depth int, head_person_id bigint, acting_head_person_id bigint, edited boolean)
                on commit drop""").update();
        copy.copy("unit_import_update (id, version, name, unit_type, parent_id, path, depth, head_person_id, "
                + "acting_head_person_id, edited)", rows -> changes.forEach(c -> {
                    Unit u = c.unit();
                    rows.add(u.id(), u.version(), u.name(), u.unitType(), u.parentId(), u.path(), u.depth(), u.headPersonId(),
                            u.actingHeadPersonId(), c.edited());
                }));
        return jdbc.sql("""
                update unit t set name = u.name, unit_type = u.unit_type, parent_id = u.parent_id, path = u.path, depth = u.depth,
                       head_person_id = u.head_person_id, acting_head_person_id = u.acting_head_person_id,
                       version = case when u.edited then t.version + 1 else t.version end,
                       updated_at = case when u.edited then now() else t.updated_at end
                from unit_import_update u
                where t.id = u.id and t.organization_id = ? and t.version = u.version""")
                .param(organizationId).update();
    }

    /** The units in the import's columns, parents before children, limited to the given subtrees (null: all). */
    List<List<Object>> export(long organizationId, List<String> pathPrefixes) {
        String where = pathPrefixes == null ? "" : " and u.path like any(cast(:scope as text[]))";
        var statement = jdbc.sql("""
                select u.code, u.name, u.unit_type, p.code as parent_code, coalesce(h.employee_number, h.email) as head,
                       coalesce(ah.employee_number, ah.email) as acting_head
                from unit u
                left join unit p on p.id = u.parent_id
                left join person h on h.id = u.head_person_id
                left join person ah on ah.id = u.acting_head_person_id
                where u.organization_id = :org""" + where + " order by u.path")
                .param("org", organizationId);
        if (pathPrefixes != null) {
            statement = statement.param("scope", "{" + String.join(",", pathPrefixes.stream().map(s -> "\"" + s + "%\"").toList()) + "}");
        }
        return statement.query((rs, n) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }
}
