package org.uptake.competency.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long id, long personId, String personName, long positionId, String positionTitle, String status,
                String createdByName, java.time.Instant createdAt, java.time.Instant agreedAt, String agreedByName, int version) {
    }

    private static final String HEAD = """
            select a.id, a.person_id, p.full_name as person_name, a.position_id, pos.title as position_title, a.status,
                   a.created_by_name, a.created_at, a.agreed_at, a.agreed_by_name, a.version
            from assessment a join person p on p.id = a.person_id join position pos on pos.id = a.position_id
            """;

    Optional<Assessment> find(long organizationId, long id) {
        return jdbc.sql(HEAD + " where a.organization_id = ? and a.id = ?").params(organizationId, id).query(Head.class)
                .optional().map(h -> new Assessment(h.id(), h.personId(), h.personName(), h.positionId(), h.positionTitle(),
                        h.status(), h.createdByName(), h.createdAt(), h.agreedAt(), h.agreedByName(), h.version(), items(h.id())));
    }

    List<Assessment> forPerson(long organizationId, long personId) {
        return jdbc.sql(HEAD + " where a.organization_id = ? and a.person_id = ? order by a.created_at desc limit 50")
                .params(organizationId, personId).query(Head.class).list().stream()
                .map(h -> new Assessment(h.id(), h.personId(), h.personName(), h.positionId(), h.positionTitle(), h.status(),
                        h.createdByName(), h.createdAt(), h.agreedAt(), h.agreedByName(), h.version(), List.of())).toList();
    }

    List<AssessmentItem> items(long assessmentId) {
        return jdbc.sql("""
                select i.id, i.competency_id, c.name as competency_name, c.kind, i.required_level, i.self_level,
                       i.manager_level, i.agreed_level, i.comment, i.gap
                from assessment_item i join competency c on c.id = i.competency_id
                where i.assessment_id = ? order by c.kind, lower(c.name)""")
                .param(assessmentId).query(AssessmentItem.class).list();
    }

    /** The questionnaire: every competency of the position's profile at the highest level any process requires. */
    long create(long organizationId, long personId, long positionId, String createdBy) {
        long id = jdbc.sql("""
                insert into assessment (organization_id, person_id, position_id, created_by_name) values (?, ?, ?, ?) returning id""")
                .params(organizationId, personId, positionId, createdBy).query(Long.class).single();
        jdbc.sql("""
                insert into assessment_item (organization_id, assessment_id, competency_id, required_level)
                select ?, ?, competency_id, max(required_level) from position_requirement
                where organization_id = ? and position_id = ? group by competency_id""")
                .params(organizationId, id, organizationId, positionId).update();
        return id;
    }

    int bump(long organizationId, long id, int version) {
        return jdbc.sql("update assessment set version = version + 1 where organization_id = ? and id = ? and version = ? and status = 'OPEN'")
                .params(organizationId, id, version).update();
    }

    void setLevel(long assessmentId, long competencyId, String column, int level) {
        String col = switch (column) {
            case "self" -> "self_level";
            case "manager" -> "manager_level";
            default -> "agreed_level";
        };
        jdbc.sql("update assessment_item set " + col + " = ? where assessment_id = ? and competency_id = ?")
                .params(level, assessmentId, competencyId).update();
    }

    /**
     * The gap matrix person by person from the items: the latest agreed assessment of every person in
     * the unit's subtree. (Rolled up by unit it reads the running totals of {@link GapRollupRepository}.)
     */
    List<Map<String, Object>> gapCells(long organizationId, String pathPrefix, int groupDepth, long self) {
        return jdbc.sql(gapCellsSql(true)).params(GapRollupRepository.cellParams(organizationId, pathPrefix, groupDepth, self))
                .query().listOfRows();
    }

    /** By person, or by sub-unit as the totals replace (kept so the benchmark can compare the two). */
    static String gapCellsSql(boolean byPerson) {
        String group = byPerson ? "p.id" : "cast(coalesce(nullif(split_part(u.path, '/', :part), ''), :self) as bigint)";
        return """
                select %s as row_id, i.competency_id, count(*) filter (where i.gap > 0) as with_gap, count(*) as assessed,
                       avg(i.gap)::float8 as average_gap
                from assessment a
                join assessment_item i on i.assessment_id = a.id
                join person p on p.id = a.person_id
                join unit u on u.id = p.unit_id
                where a.organization_id = :org and a.latest and u.path like :prefix
                group by 1, 2""".formatted(group);
    }

    Map<Long, String> names(String table, String column, List<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, " + column + " as name from " + table + " where id in (:ids) order by lower(" + column + ")")
                .param("ids", new ArrayList<>(ids)).query().listOfRows()
                .forEach(r -> out.put(((Number) r.get("id")).longValue(), (String) r.get("name")));
        return out;
    }

    record UnitRef(long id, String name, String path, int depth) {
    }

    Optional<UnitRef> unit(long organizationId, long id) {
        return jdbc.sql("select id, name, path, depth from unit where organization_id = ? and id = ?")
                .params(organizationId, id).query(UnitRef.class).optional();
    }
}
