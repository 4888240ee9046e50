package org.uptake.training.enrolment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrolmentRepository {

    private static final String ENROLMENT = """
            select e.id, e.session_id, e.person_id, p.full_name as person_name, p.email, u.name as unit_name, e.status,
                   e.attendance, e.score, e.feedback_rating, e.feedback_comment, e.version
            from training_enrolment e join person p on p.id = e.person_id left join unit u on u.id = p.unit_id
            where e.organization_id = :org and e.session_id = :session""";

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One keyset page of a session's enrolments by name. */
    List<Enrolment> page(long org, long sessionId, String afterName, Long afterId, int limit) {
        String keyset = afterId == null ? "" : " and (lower(p.full_name), e.id) > (:afterName, :afterId)";
        var spec = jdbc.sql(ENROLMENT + keyset + " order by lower(p.full_name), e.id limit :limit")
                .param("org", org).param("session", sessionId).param("limit", limit);
        if (afterId != null) {
            spec = spec.param("afterName", afterName).param("afterId", afterId);
        }
        return spec.query(Enrolment.class).list();
    }

    java.util.Optional<Enrolment> find(long org, long sessionId, long personId) {
        return jdbc.sql(ENROLMENT + " and e.person_id = :person").param("org", org).param("session", sessionId)
                .param("person", personId).query(Enrolment.class).optional();
    }

    /** Takes the session's row lock so concurrent enrolments cannot both take the last seat. */
    void lockSession(long org, long sessionId) {
        jdbc.sql("select id from training_session where organization_id = ? and id = ? for update")
                .params(org, sessionId).query(Long.class).single();
    }

    int enrolledCount(long sessionId) {
        return jdbc.sql("select count(*) from training_enrolment where session_id = ? and status = 'ENROLLED'")
                .param(sessionId).query(Integer.class).single();
    }

    int countPeople(long org, Collection<Long> ids) {
        return jdbc.sql("select count(*) from person where organization_id = :org and id = any(cast(:ids as bigint[]))")
                .param("org", org).param("ids", array(ids)).query(Integer.class).single();
    }

    /** The path prefixes ('/1/7/%') of the organisation's units among the ids. */
    List<String> unitPatterns(long org, Collection<Long> unitIds) {
        return jdbc.sql("select path || '%' from unit where organization_id = :org and id = any(cast(:ids as bigint[]))")
                .param("org", org).param("ids", array(unitIds)).query(String.class).list();
    }

    int countPositions(long org, Collection<Long> ids) {
        return jdbc.sql("select count(*) from position where organization_id = :org and id = any(cast(:ids as bigint[]))")
                .param("org", org).param("ids", array(ids)).query(Integer.class).single();
    }

    /**
     * One statement for the whole selection: people not yet in the session, numbered, the first
     * {@code free} get a seat and the rest the waitlist ({@code free} null = unlimited).
     */
    Map<String, Integer> enrol(long org, long sessionId, Query q, Integer free) {
        Map<String, Integer> counts = new java.util.HashMap<>(Map.of("ENROLLED", 0, "WAITLISTED", 0));
        jdbc.sql("""
                with chosen as (
                    select p.id from person p
                    where p.organization_id = :org and p.employment_status <> 'LEFT'
                      and (p.id = any(cast(:persons as bigint[]))
                           or (:filtered and (cardinality(cast(:positions as bigint[])) = 0
                                              or p.position_id = any(cast(:positions as bigint[])))
                               and (cardinality(cast(:units as text[])) = 0 or exists (select 1 from unit u
                                    where u.id = p.unit_id and u.path like any(cast(:units as text[]))))
                               and (cardinality(cast(:waveUnits as text[])) = 0 or exists (select 1 from unit u
                                    where u.id = p.unit_id and u.path like any(cast(:waveUnits as text[]))))))
                      and not exists (select 1 from training_enrolment e where e.session_id = :session and e.person_id = p.id)
                ), numbered as (select id, row_number() over (order by id) as n from chosen),
                ins as (
                    insert into training_enrolment (organization_id, session_id, person_id, status)
                    select :org, :session, id, case when cast(:free as int) is null or n <= cast(:free as int)
                                                    then 'ENROLLED' else 'WAITLISTED' end
                    from numbered returning status)
                select status, count(*) from ins group by status""")
                .param("org", org).param("session", sessionId).param("persons", array(q.persons()))
                .param("filtered", q.filtered()).param("positions", array(q.positions()))
                .param("units", text(q.unitPatterns())).param("waveUnits", text(q.wavePatterns())).param("free", free)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    record Query(List<Long> persons, boolean filtered, List<Long> positions, List<String> unitPatterns,
                 List<String> wavePatterns) {
    }

    int remove(long org, long sessionId, long personId) {
        return jdbc.sql("delete from training_enrolment where organization_id = ? and session_id = ? and person_id = ?")
                .params(org, sessionId, personId).update();
    }

    /** Gives free seats to the longest-waiting people; returns who moved up. */
    List<Long> promote(long sessionId, int seats) {
        if (seats <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                update training_enrolment set status = 'ENROLLED', version = version + 1
                where id in (select id from training_enrolment where session_id = ? and status = 'WAITLISTED'
                             order by enrolled_at, id limit ? for update)
                returning person_id""").params(sessionId, seats).query(Long.class).list();
    }

    /** People among the ids who are not enrolled (holding a seat) in the session. */
    List<Long> notEnrolled(long sessionId, Collection<Long> personIds) {
        return jdbc.sql("""
                select x from unnest(cast(:ids as bigint[])) x
                where not exists (select 1 from training_enrolment e where e.session_id = :session and e.person_id = x
                                  and e.status = 'ENROLLED')""")
                .param("session", sessionId).param("ids", array(personIds)).query(Long.class).list();
    }

    /** Bulk attendance in one statement: parallel arrays of person, attendance and score. */
    int mark(long sessionId, List<AttendanceMark> marks) {
        return jdbc.sql("""
                update training_enrolment e set attendance = m.attendance, score = m.score, version = e.version + 1
                from unnest(cast(:persons as bigint[]), cast(:attendance as text[]), cast(:scores as int[]))
                     as m (person_id, attendance, score)
                where e.session_id = :session and e.person_id = m.person_id""")
                .param("session", sessionId)
                .param("persons", array(marks.stream().map(AttendanceMark::personId).toList()))
                .param("attendance", text(marks.stream().map(m -> m.attendance().name()).toList()))
                .param("scores", "{" + String.join(",", marks.stream()
                        .map(m -> m.score() == null ? "NULL" : m.score().toString()).toList()) + "}")
                .update();
    }

    int feedback(long org, long sessionId, long personId, FeedbackForm f) {
        return jdbc.sql("""
                update training_enrolment set feedback_rating = ?, feedback_comment = ?, version = version + 1
                where organization_id = ? and session_id = ? and person_id = ?""")
                .params(f.rating(), f.comment() == null || f.comment().isBlank() ? null : f.comment().strip(),
                        org, sessionId, personId).update();
    }

    static String array(Collection<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    static String text(Collection<String> values) {
        return "{" + String.join(",", values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }
}
