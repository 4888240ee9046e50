package org.uptake.org.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.org.unit.UnitScope;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

@Repository
class PersonRepository {

    private static final String COLUMNS = """
            id, organization_id, employee_number, email, full_name, unit_id, position_id, manager_id,
            employment_status, time_zone, language, version""";
    /** Must match the expression of the trigram index person_search, or the index is not used. */
    static final String SEARCH_EXPR = "lower(p.full_name || ' ' || coalesce(p.email, '') || ' ' || coalesce(p.employee_number, ''))";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from person where organization_id = ? and id = ?")
                .params(organizationId, id).query(Person.class).optional();
    }

    Optional<PersonView> view(long organizationId, long id) {
        return jdbc.sql("""
                select p.id, p.organization_id, p.employee_number, p.email, p.full_name, p.unit_id, p.position_id, p.manager_id,
                       p.employment_status, p.time_zone, p.language, p.version,
                       u.name as unit_name, u.path as unit_path, pos.title as position_title, m.full_name as manager_name
                from person p
                left join unit u on u.id = p.unit_id
                left join position pos on pos.id = p.position_id
                left join person m on m.id = p.manager_id
                where p.organization_id = ? and p.id = ?""")
                .params(organizationId, id)
                .query((rs, n) -> new PersonView(new Person(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getString("employee_number"), rs.getString("email"), rs.getString("full_name"),
                        rs.getObject("unit_id", Long.class), rs.getObject("position_id", Long.class),
                        rs.getObject("manager_id", Long.class), EmploymentStatus.valueOf(rs.getString("employment_status")),
                        rs.getString("time_zone"), rs.getString("language"), rs.getInt("version")),
                        rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("position_title"),
                        rs.getString("manager_name")))
                .optional();
    }

    /**
     * One keyset page of people. The SQL is assembled from the filters actually given so that
     * PostgreSQL plans each shape on its own (a catch-all "or :x is null" query defeats the indexes).
     */
    List<PersonRow> page(long organizationId, UnitScope scope, Long selfPersonId, PersonFilter filter,
                         String unitPathPrefix, PageRequest request) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("p.organization_id = :org");
        params.put("org", organizationId);
        if (!scope.wholeOrganization()) {
            where.add("(u.path like any(cast(:scope as text[])) or p.id = :self)");
            params.put("scope", "{" + String.join(",", scope.pathPrefixes().stream().map(s -> "\"" + s + "%\"").toList()) + "}");
            params.put("self", selfPersonId == null ? -1L : selfPersonId);
        }
        if (request.search() != null) {
            where.add(SEARCH_EXPR + " like lower(:pattern)");
            params.put("pattern", request.likePattern());
        }
        if (unitPathPrefix != null) {
            where.add("u.path like :unitPrefix");
            params.put("unitPrefix", unitPathPrefix + "%");
        }
        if (filter.positionId() != null) {
            where.add("p.position_id = :positionId");
            params.put("positionId", filter.positionId());
        }
        if (filter.status() != null) {
            where.add("p.employment_status = :status");
            params.put("status", filter.status().name());
        }
        Cursor after = request.cursor();
        if (after != null) {
            where.add("(lower(p.full_name), p.id) > (:afterKey, :afterId)");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        params.put("limit", request.size() + 1);
        String sql = """
                select p.id, p.full_name, p.email, p.employee_number, p.employment_status, p.unit_id,
                       u.name as unit_name, pos.title as position_title
                from person p
                left join unit u on u.id = p.unit_id
                left join position pos on pos.id = p.position_id
                where\s""" + String.join(" and ", where) + """

                order by lower(p.full_name), p.id limit :limit""";
        return jdbc.sql(sql).params(params).query(PersonRow.class).list();
    }

    List<PersonRow> directReports(long organizationId, long managerId, int limit) {
        return jdbc.sql("""
                select p.id, p.full_name, p.email, p.employee_number, p.employment_status, p.unit_id,
                       u.name as unit_name, pos.title as position_title
                from person p left join unit u on u.id = p.unit_id left join position pos on pos.id = p.position_id
                where p.organization_id = ? and p.manager_id = ? order by lower(p.full_name), p.id limit ?""")
                .params(organizationId, managerId, limit).query(PersonRow.class).list();
    }

    Optional<Long> idByEmail(long organizationId, String email) {
        return jdbc.sql("select id from person where organization_id = ? and lower(email) = lower(?)")
                .params(organizationId, email).query(Long.class).optional();
    }

    Optional<Long> idByEmployeeNumber(long organizationId, String number) {
        return jdbc.sql("select id from person where organization_id = ? and employee_number = ?")
                .params(organizationId, number).query(Long.class).optional();
    }

    /** The manager chain above a person, nearest first, stopping at a repeat so bad data cannot loop forever. */
    List<Long> managerChain(long organizationId, long startId) {
        return jdbc.sql("""
                with recursive chain(id, manager_id, depth) as (
                    select id, manager_id, 0 from person where organization_id = :org and id = :start
                    union all
                    select p.id, p.manager_id, c.depth + 1 from person p join chain c on p.id = c.manager_id
                    where c.depth < 1000
                ) cycle id set is_cycle using route
                select id from chain where not is_cycle order by depth""")
                .param("org", organizationId).param("start", startId).query(Long.class).list();
    }

    boolean headsAUnit(long personId) {
        return jdbc.sql("select exists (select 1 from unit where head_person_id = ? or acting_head_person_id = ?)")
                .params(personId, personId).query(Boolean.class).single();
    }

    long insert(long organizationId, PersonForm f) {
        return jdbc.sql("""
                insert into person (organization_id, employee_number, email, full_name, unit_id, position_id, manager_id,
                                    employment_status, time_zone, language)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, f.getEmployeeNumber(), f.getEmail(), f.getFullName(), f.getUnitId(),
                        f.getPositionId(), f.getManagerId(), f.getEmploymentStatus().name(), f.getTimeZone(), f.getLanguage())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, PersonForm f) {
        return jdbc.sql("""
                update person set employee_number = ?, email = ?, full_name = ?, unit_id = ?, position_id = ?, manager_id = ?,
                       employment_status = ?, time_zone = ?, language = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getEmployeeNumber(), f.getEmail(), f.getFullName(), f.getUnitId(), f.getPositionId(),
                        f.getManagerId(), f.getEmploymentStatus().name(), f.getTimeZone(), f.getLanguage(),
                        organizationId, id, f.getVersion())
                .update();
    }

    boolean unitExists(long organizationId, long unitId) {
        return jdbc.sql("select exists (select 1 from unit where organization_id = ? and id = ?)")
                .params(organizationId, unitId).query(Boolean.class).single();
    }

    boolean positionExists(long organizationId, long positionId) {
        return jdbc.sql("select exists (select 1 from position where organization_id = ? and id = ?)")
                .params(organizationId, positionId).query(Boolean.class).single();
    }

    Optional<String> unitPath(long organizationId, long unitId) {
        return jdbc.sql("select path from unit where organization_id = ? and id = ?")
                .params(organizationId, unitId).query(String.class).optional();
    }
}
