package org.uptake.org.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.org.unit.UnitScope;
import org.uptake.shared.db.TableCopy;

/** The set-based SQL of people imports and exports: whole-organisation reads, COPY writes. */
@Repository
class PersonBulkRepository {

    private final JdbcClient jdbc;
    private final TableCopy copy;

    PersonBulkRepository(JdbcClient jdbc, TableCopy copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    List<Person> people(long organizationId) {
        return jdbc.sql("""
                select id, employee_number, email, full_name, unit_id, position_id, manager_id, employment_status,
                       time_zone, language, version
                from person where organization_id = ?""")
                .param(organizationId)
                .query((rs, n) -> new Person(rs.getLong(1), organizationId, rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), (Long) rs.getObject(6), (Long) rs.getObject(7),
                        EmploymentStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getInt(11)))
                .list();
    }

    Map<String, Long> unitCodes(long organizationId) {
        return codes("select code, id from unit where organization_id = ?", organizationId);
    }

    Map<String, Long> positionCodes(long organizationId) {
        return codes("select code, id from position where organization_id = ?", organizationId);
    }

    private Map<String, Long> codes(String sql, long organizationId) {
        Map<String, Long> codes = new HashMap<>();
        jdbc.sql(sql).param(organizationId).query(rs -> {
            codes.put(rs.getString(1), rs.getLong(2));
        });
        return codes;
    }

    Set<Long> heads(long organizationId) {
        return new HashSet<>(jdbc.sql("""
                select head_person_id from unit where organization_id = ? and head_person_id is not null
                union select acting_head_person_id from unit where organization_id = ? and acting_head_person_id is not null""")
                .params(organizationId, organizationId).query(Long.class).list());
    }

    List<Long> allocateIds(int count) {
        return copy.nextIds("person", count);
    }

    void copyNew(TableCopyRows producer) {
        copy.copy("person (id, organization_id, employee_number, email, full_name, unit_id, position_id, manager_id, "
                + "employment_status, time_zone, language)", producer::write);
    }

    /** Updates through a temporary table in one statement; answers how many rows still had the version read. */
    int updateAll(long organizationId, TableCopyRows producer) {
        jdbc.sql("""
                create temporary table person_import_update (id bigint primary key, version int, employee_number text,
                    email text, full_name text, unit_id bigint, position_id bigint, manager_id bigint,
                    employment_status text, time_zone text, language text) on commit drop""").update();
        copy.copy("person_import_update (id, version, employee_number, email, full_name, unit_id, position_id, manager_id, "
                + "employment_status, time_zone, language)", producer::write);
        return jdbc.sql("""
                update person p set employee_number = u.employee_number, email = u.email, full_name = u.full_name,
                       unit_id = u.unit_id, position_id = u.position_id, manager_id = u.manager_id,
                       employment_status = u.employment_status, time_zone = u.time_zone, language = u.language,
                       version = p.version + 1, updated_at = now()
                from person_import_update u
                where p.id = u.id and p.organization_id = ? and p.version = u.version""")
                .param(organizationId).update();
    }

    /** The rows of an export, in the import's column order, limited to what the actor may see. */
    List<List<Object>> export(long organizationId, UnitScope scope, Long selfPersonId) {
        String where = scope.wholeOrganization() ? "" : " and (u.path like any(cast(:scope as text[])) or p.id = :self)";
        var statement = jdbc.sql("""
                select p.employee_number, p.email, p.full_name, u.code as unit_code, pos.code as position_code,
                       coalesce(m.employee_number, m.email) as manager, p.employment_status, p.time_zone, p.language
                from person p
                left join unit u on u.id = p.unit_id
                left join position pos on pos.id = p.position_id
                left join person m on m.id = p.manager_id
                where p.organization_id = :org""" + where + " order by lower(p.full_name), p.id")
                .param("org", organizationId);
        if (!scope.wholeOrganization()) {
            statement = statement.param("scope", "{" + String.join(",", scope.pathPrefixes().stream()
                    .map(s -> "\"" + s + "%\"").toList()) + "}").param("self", selfPersonId == null ? -1L : selfPersonId);
        }
        return statement.query((rs, n) -> {
            List<Object> row = new java.util.ArrayList<>(9);
            for (int i = 1; i <= 9; i++) {
                row.add(rs.getString(i));
            }
            return row;
        }).list();
    }

    /** Writes the rows of one COPY. */
    @FunctionalInterface
    interface TableCopyRows {
        void write(TableCopy.Rows rows);
    }
}
