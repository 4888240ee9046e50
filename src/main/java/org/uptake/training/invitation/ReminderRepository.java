package org.uptake.training.invitation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

    record Recipient(long personId, String name, String email, String language) {
    }

    /** Records the reminders (never twice per course, person and kind) and returns who is to get them, in one statement. */
    private static final String RECORD = """
            , ins as (
                insert into training_reminder (organization_id, course_id, person_id, kind)
                select :org, :course, id, :kind from due on conflict do nothing returning person_id)
            select p.id as person_id, p.full_name as name, p.email, coalesce(p.language, o.default_language) as language
            from ins join person p on p.id = ins.person_id join organization o on o.id = p.organization_id
            order by p.id""";

    /** Active people of the program's wave units whom the required course is meant for, not in any session of it. */
    private static final String NOT_ENROLLED = """
            with c as (select * from training_course where organization_id = :org and id = :course and required),
            scope as (select distinct u.path from rollout_wave_unit wu join unit u on u.id = wu.unit_id
                      where wu.organization_id = :org and wu.program_id = (select program_id from c)),
            due as (
                select p.id from person p join unit pu on pu.id = p.unit_id cross join c
                where p.organization_id = :org and p.employment_status = 'ACTIVE'
                  and exists (select 1 from scope s where pu.path like s.path || '%')
                  and (cardinality(c.position_ids) = 0 or p.position_id = any(c.position_ids))
                  and (cardinality(c.unit_ids) = 0 or exists (select 1 from unit au
                       where au.id = any(c.unit_ids) and pu.path like au.path || '%'))
                  and not exists (select 1 from training_enrolment e join training_session ts on ts.id = e.session_id
                                  where e.person_id = p.id and ts.course_id = c.id
                                    and (ts.status = 'SCHEDULED' or e.attendance = 'ATTENDED')))
            """;

    /** People marked no-show in a session of the course who neither attended another nor hold a place in a coming one. */
    private static final String NO_SHOW = """
            with due as (
                select distinct e.person_id as id from training_enrolment e join training_session ts on ts.id = e.session_id
                where e.organization_id = :org and ts.course_id = :course and e.attendance = 'NO_SHOW'
                  and not exists (select 1 from training_enrolment e2 join training_session t2 on t2.id = e2.session_id
                                  where e2.person_id = e.person_id and t2.course_id = :course
                                    and (e2.attendance = 'ATTENDED'
                                         or (e2.attendance is null and t2.status = 'SCHEDULED' and t2.ends_at > now()))))
            """;

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recipient> notEnrolled(long org, long courseId) {
        return record(NOT_ENROLLED, org, courseId, "NOT_ENROLLED");
    }

    List<Recipient> noShows(long org, long courseId) {
        return record(NO_SHOW, org, courseId, "NO_SHOW");
    }

    private List<Recipient> record(String due, long org, long courseId, String kind) {
        return jdbc.sql(due + RECORD).param("org", org).param("course", courseId).param("kind", kind)
                .query(Recipient.class).list();
    }

    /** The required courses with a coming session, which the daily job reminds about: [organisation, course]. */
    List<long[]> coursesWithComingSessions() {
        return jdbc.sql("""
                select c.organization_id, c.id from training_course c
                where c.required and exists (select 1 from training_session s where s.course_id = c.id
                                             and s.status = 'SCHEDULED' and s.starts_at > now())
                order by c.id""").query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    /** The course's next scheduled sessions, for the reminder text. */
    List<Long> comingSessions(long org, long courseId, int limit) {
        return jdbc.sql("""
                select id from training_session where organization_id = ? and course_id = ? and status = 'SCHEDULED'
                  and starts_at > now() order by starts_at, id limit ?""").params(org, courseId, limit)
                .query(Long.class).list();
    }
}
