package org.uptake.training.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.CourseService;

/**
 * 100,000 training records for the benchmarks, set-based: one course of the large program, 400 sessions
 * over the past year and the coming months, and every active person enrolled in five of them with
 * attendance and scores for the past ones.
 */
@Component
class LargeTraining {

    static final int SESSIONS = 400;
    static final int TARGET = 100_000;

    private final CourseService courses;
    private final JdbcClient jdbc;

    LargeTraining(CourseService courses, JdbcClient jdbc) {
        this.courses = courses;
        this.jdbc = jdbc;
    }

    void create(Actor coordinator, long programId) {
        long org = coordinator.organizationId();
        long course = courses.create(coordinator, new CourseForm(programId, "Working in the new system", null,
                List.of("Data entry", "Request processing", "Report generation"), List.of(), List.of(), 240, 60, true, 0)).id();
        jdbc.sql("""
                insert into training_session (organization_id, program_id, course_id, format, starts_at, ends_at, time_zone, place, capacity)
                select ?, ?, ?, 'TRAINING', date_trunc('day', now()) - interval '300 days' + g * interval '1 day' + interval '8 hours',
                       date_trunc('day', now()) - interval '300 days' + g * interval '1 day' + interval '12 hours', 'UTC',
                       'Training centre ' || (g % 10 + 1), null
                from generate_series(1, ?) g""").params(org, programId, course, SESSIONS).update();
        int people = jdbc.sql("select count(*) from person where organization_id = ? and employment_status = 'ACTIVE'")
                .param(org).query(Integer.class).single();
        int perPerson = Math.max(1, Math.min(SESSIONS, (TARGET + people - 1) / Math.max(1, people)));
        jdbc.sql("""
                with s as (select array_agg(id order by starts_at, id) as ids, array_agg(starts_at order by starts_at, id) as starts
                           from training_session where course_id = :course),
                p as (select id, row_number() over (order by id) as rn from person
                      where organization_id = :org and employment_status = 'ACTIVE'),
                pick as (select p.id as person_id, 1 + ((p.rn * 7 + k * 53) % :sessions)::int as slot, p.rn, k
                         from p cross join generate_series(0, :per - 1) k)
                insert into training_enrolment (organization_id, session_id, person_id, status, attendance, score)
                select :org, s.ids[pick.slot], pick.person_id, 'ENROLLED',
                       case when s.starts[pick.slot] > now() then null when (pick.rn + pick.k) % 12 = 0 then 'NO_SHOW' else 'ATTENDED' end,
                       case when s.starts[pick.slot] > now() or (pick.rn + pick.k) % 12 = 0 then null else 40 + ((pick.rn * 13 + pick.k) % 61)::int end
                from pick cross join s
                on conflict (session_id, person_id) do nothing""")
                .param("course", course).param("org", org).param("sessions", SESSIONS).param("per", perPerson).update();
    }
}
