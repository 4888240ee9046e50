package org.uptake.training.course;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository {

    private static final String COURSE = """
            select id, program_id, title, description, aspects, position_ids, unit_ids, duration_minutes, pass_mark,
                   required, version
            from training_course where organization_id = :org""";

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Course> ofProgram(long org, long programId) {
        return jdbc.sql(COURSE + " and program_id = :program order by lower(title), id")
                .param("org", org).param("program", programId).query(CourseRepository::course).list();
    }

    Optional<Course> find(long org, long id) {
        return jdbc.sql(COURSE + " and id = :id").param("org", org).param("id", id).query(CourseRepository::course).optional();
    }

    long insert(long org, CourseForm f) {
        return jdbc.sql("""
                insert into training_course (organization_id, program_id, title, description, aspects, position_ids, unit_ids,
                                             duration_minutes, pass_mark, required)
                values (:org, :program, :title, :description, cast(:aspects as text[]), cast(:positions as bigint[]),
                        cast(:units as bigint[]), :duration, :passMark, :required) returning id""")
                .param("org", org).param("program", f.programId()).params(values(f)).query(Long.class).single();
    }

    int update(long org, long id, CourseForm f) {
        return jdbc.sql("""
                update training_course set title = :title, description = :description, aspects = cast(:aspects as text[]),
                       position_ids = cast(:positions as bigint[]), unit_ids = cast(:units as bigint[]),
                       duration_minutes = :duration, pass_mark = :passMark, required = :required,
                       version = version + 1, updated_at = now()
                where organization_id = :org and id = :id and version = :version""")
                .param("org", org).param("id", id).param("version", f.version()).params(values(f)).update();
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from training_course where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }

    boolean hasSessions(long org, long id) {
        return jdbc.sql("select exists (select 1 from training_session where organization_id = ? and course_id = ?)")
                .params(org, id).query(Boolean.class).single();
    }

    /** Whether the person trains or is enrolled in a session of the course. */
    boolean takesPart(long org, long courseId, long personId) {
        return jdbc.sql("""
                select exists (select 1 from training_session s where s.organization_id = :org and s.course_id = :course
                               and (s.trainer_person_id = :person or exists (select 1 from training_enrolment e
                                    where e.session_id = s.id and e.person_id = :person)))""")
                .param("org", org).param("course", courseId).param("person", personId).query(Boolean.class).single();
    }

    /** How many of the ids name rows of the organisation in the table (positions or units). */
    int countKnown(long org, String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from " + table + " where organization_id = :org and id = any(cast(:ids as bigint[]))")
                .param("org", org).param("ids", longArray(ids)).query(Integer.class).single();
    }

    List<String> aspects(long org, long programId) {
        return jdbc.sql("select aspect from training_aspect where organization_id = ? and program_id = ? order by aspect")
                .params(org, programId).query(String.class).list();
    }

    void replaceAspects(long org, long programId, List<String> aspects) {
        jdbc.sql("delete from training_aspect where organization_id = ? and program_id = ?").params(org, programId).update();
        jdbc.sql("""
                insert into training_aspect (organization_id, program_id, aspect)
                select :org, :program, a from unnest(cast(:aspects as text[])) a on conflict do nothing""")
                .param("org", org).param("program", programId).param("aspects", textArray(aspects)).update();
    }

    /** The program's aspects no course lists, compared without case. */
    List<String> uncovered(long org, long programId) {
        return jdbc.sql("""
                select a.aspect from training_aspect a
                where a.organization_id = :org and a.program_id = :program
                  and not exists (select 1 from training_course c, unnest(c.aspects) ca
                                  where c.organization_id = :org and c.program_id = :program
                                    and lower(ca) = lower(a.aspect))
                order by a.aspect""").param("org", org).param("program", programId).query(String.class).list();
    }

    private static java.util.Map<String, Object> values(CourseForm f) {
        var map = new java.util.HashMap<String, Object>();
        map.put("title", f.title().strip());
        map.put("description", f.description() == null || f.description().isBlank() ? null : f.description().strip());
        map.put("aspects", textArray(f.aspectsOrEmpty()));
        map.put("positions", longArray(f.positionsOrEmpty()));
        map.put("units", longArray(f.unitsOrEmpty()));
        map.put("duration", f.durationMinutes());
        map.put("passMark", f.passMark());
        map.put("required", f.required());
        return map;
    }

    static String longArray(Collection<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    static String textArray(Collection<String> values) {
        return "{" + String.join(",", values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }

    static Course course(ResultSet rs, int n) throws SQLException {
        return new Course(rs.getLong("id"), rs.getLong("program_id"), rs.getString("title"), rs.getString("description"),
                strings(rs.getArray("aspects")), longs(rs.getArray("position_ids")), longs(rs.getArray("unit_ids")),
                rs.getInt("duration_minutes"), (Integer) rs.getObject("pass_mark"), rs.getBoolean("required"),
                rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
