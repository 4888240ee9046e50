package org.uptake.training.completion;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CompletionRepository {

    /** The (unit, person, course) triples a required course of the program is meant for. */
    private static final String NEED = """
            with scope as (select id as unit_id, path from unit where organization_id = :org and id = any(cast(:units as bigint[]))),
            need as (
                select s.unit_id, p.id as person_id, c.id as course_id, c.pass_mark
                from scope s
                join unit pu on pu.organization_id = :org and pu.path like s.path || '%'
                join person p on p.unit_id = pu.id and p.employment_status = 'ACTIVE'
                join training_course c on c.organization_id = :org and c.program_id = :program and c.required
                     and (cardinality(c.position_ids) = 0 or p.position_id = any(c.position_ids))
                     and (cardinality(c.unit_ids) = 0 or exists (select 1 from unit au
                          where au.id = any(c.unit_ids) and pu.path like au.path || '%'))
            ),
            judged as (
                select n.unit_id, n.person_id, bool_and(exists (
                           select 1 from training_enrolment e join training_session ts on ts.id = e.session_id
                           where e.person_id = n.person_id and ts.course_id = n.course_id and e.attendance = 'ATTENDED'
                             and (n.pass_mark is null or e.score >= n.pass_mark))) as done
                from need n group by n.unit_id, n.person_id
            )
            """;

    private final JdbcClient jdbc;

    CompletionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** [people, completed] per unit id, in one query whatever the number of units. */
    Map<Long, int[]> byUnit(long org, long programId, Collection<Long> unitIds) {
        Map<Long, int[]> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        jdbc.sql(NEED + "select unit_id, count(*), count(*) filter (where done) from judged group by unit_id")
                .param("org", org).param("program", programId).param("units", array(unitIds))
                .query((rs, n) -> out.put(rs.getLong(1), new int[]{rs.getInt(2), rs.getInt(3)})).list();
        return out;
    }

    /** The person's required courses in the program with attendance and best score. */
    List<CourseProgress> ofPerson(long org, long programId, long personId) {
        return jdbc.sql("""
                select c.id, c.title, c.pass_mark,
                       coalesce(bool_or(e.attendance = 'ATTENDED'), false) as attended,
                       max(e.score) filter (where e.attendance = 'ATTENDED') as best,
                       coalesce(bool_or(e.attendance = 'ATTENDED' and (c.pass_mark is null or e.score >= c.pass_mark)), false)
                from person p
                join unit pu on pu.id = p.unit_id
                join training_course c on c.organization_id = :org and c.program_id = :program and c.required
                     and (cardinality(c.position_ids) = 0 or p.position_id = any(c.position_ids))
                     and (cardinality(c.unit_ids) = 0 or exists (select 1 from unit au
                          where au.id = any(c.unit_ids) and pu.path like au.path || '%'))
                left join training_session ts on ts.course_id = c.id
                left join training_enrolment e on e.session_id = ts.id and e.person_id = p.id
                where p.organization_id = :org and p.id = :person
                group by c.id, c.title, c.pass_mark order by lower(c.title), c.id""")
                .param("org", org).param("program", programId).param("person", personId)
                .query((rs, n) -> new CourseProgress(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
                        rs.getBoolean(4), (Integer) rs.getObject(5), rs.getBoolean(6))).list();
    }

    /** Those of the people who attended a session of the course and passed its test, if it has one. */
    List<Long> completedCourse(long org, long courseId, Collection<Long> personIds) {
        return jdbc.sql("""
                select distinct e.person_id from training_enrolment e
                join training_session ts on ts.id = e.session_id join training_course c on c.id = ts.course_id
                where e.organization_id = :org and ts.course_id = :course and e.person_id = any(cast(:people as bigint[]))
                  and e.attendance = 'ATTENDED' and (c.pass_mark is null or e.score >= c.pass_mark)""")
                .param("org", org).param("course", courseId).param("people", array(personIds)).query(Long.class).list();
    }

    static String array(Collection<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }
}
