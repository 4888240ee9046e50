package org.uptake.training.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.demo.DemoContext;
import org.uptake.shared.demo.DemoDataContributor;
import org.uptake.shared.demo.DemoSize;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.CourseService;
import org.uptake.training.enrolment.Attendance;
import org.uptake.training.enrolment.AttendanceMark;
import org.uptake.training.enrolment.EnrolmentService;
import org.uptake.training.enrolment.FeedbackForm;
import org.uptake.training.enrolment.Selection;
import org.uptake.training.invitation.InvitationService;
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionFormat;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * The demo's training for the workshop system: aspects (one left uncovered, so the coverage check shows),
 * courses with a pass mark and a user guide, a past session in the pilot station with attendance, scores and
 * feedback, coming sessions (one full with a waitlist, invitations queued) and floor-walking help after
 * go-live. The large demo adds 100,000 training records to the large program for the benchmarks.
 */
@Component
class TrainingDemoData implements DemoDataContributor {

    private static final String ZONE = "Europe/Berlin";

    private final CourseService courses;
    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final InvitationService invitations;
    private final WaveService waves;
    private final LargeTraining large;
    private final JdbcClient jdbc;

    TrainingDemoData(CourseService courses, SessionService sessions, EnrolmentService enrolments, InvitationService invitations,
                     WaveService waves, LargeTraining large, JdbcClient jdbc) {
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.invitations = invitations;
        this.waves = waves;
        this.large = large;
        this.jdbc = jdbc;
    }

    /** After programs (200) and the rollout's waves, which it reuses when they exist. */
    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(DemoContext context) {
        Long program = context.id("program.p1");
        if (context.size() == DemoSize.NONE || program == null || context.id("unit.pilot") == null) {
            return;
        }
        Actor coordinator = coordinator(context);
        long wave = wave(context, coordinator, program);
        courses.saveAspects(coordinator, program, List.of("Data entry", "Request processing", "Report generation", "Billing"));
        Course orders = courses.create(coordinator, new CourseForm(program, "Entering workshop orders",
                "From the customer's call to the closed order: creating, planning and closing orders in the new system.",
                List.of("Data entry", "Request processing"), List.of(), List.of(), 180, 70, true, 0));
        Course reports = courses.create(coordinator, new CourseForm(program, "Reports for station heads",
                "The daily workload report and the monthly lead-time report.", List.of("Report generation"),
                List.of(position(context, "SM")), List.of(), 90, null, true, 0));
        courses.addPage(coordinator, orders.id(), "Quick guide: a new order",
                "1. Open Orders → New.\n2. Find the customer by plate number.\n3. Add the work items and book a bay.\n4. Save.");
        courses.addPage(coordinator, orders.id(), "Quick guide: a new order",
                "1. Open Orders → New.\n2. Find the customer by plate number or phone.\n3. Add the work items, book a bay and a mechanic.\n4. Save and print the order sheet.");
        pastSession(context, coordinator, orders);
        comingSessions(context, coordinator, orders, reports, wave);
        if (context.size() == DemoSize.LARGE && context.id("program.large") != null) {
            large.create(coordinator, context.id("program.large"));
        }
    }

    private Actor coordinator(DemoContext context) {
        long org = context.organizationId();
        long person = context.id("person.coordinator");
        Long userId = jdbc.sql("select id from user_account where organization_id = ? and person_id = ?").params(org, person)
                .query(Long.class).optional().orElse(0L);
        String name = jdbc.sql("select full_name from person where id = ?").param(person).query(String.class).single();
        return new Actor(userId, org, person, "coordinator", name, Set.of(Role.COORDINATOR, Role.ADMIN), false, "en", "UTC");
    }

    /** The rollout's second wave (the one after the pilot) when the demo has one; otherwise a first wave of the pilot station. */
    private long wave(DemoContext context, Actor coordinator, long program) {
        var existing = waves.list(coordinator, program);
        if (!existing.isEmpty()) {
            return existing.get(Math.min(1, existing.size() - 1)).id();
        }
        var form = new WaveForm();
        form.setName("Wave 1 (pilot)");
        form.setPilot(true);
        form.setPlannedGoLive(LocalDate.now().plusWeeks(3));
        form.setUnitIds(List.of(context.id("unit.pilot")));
        return waves.create(coordinator, program, form).id();
    }

    private void pastSession(DemoContext context, Actor coordinator, Course orders) {
        LocalDateTime start = LocalDate.now().minusDays(6).atTime(LocalTime.of(9, 0));
        TrainingSession past = sessions.create(coordinator, new SessionForm(orders.id(), SessionFormat.TRAINING, start,
                start.plusHours(3), ZONE, "North station 1, training room", "North-1 training room", null, trainer(context), 40, 0));
        enrolments.enrol(coordinator, past.id(), new Selection(null, List.of(context.id("unit.pilot")), null, null));
        List<Long> people = jdbc.sql("select person_id from training_enrolment where session_id = ? and status = 'ENROLLED' order by person_id")
                .param(past.id()).query(Long.class).list();
        Long employee = context.id("person.employee");
        List<AttendanceMark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            long p = people.get(i);
            boolean noShow = i % 7 == 6 && !Long.valueOf(p).equals(employee);
            marks.add(noShow ? new AttendanceMark(p, Attendance.NO_SHOW, null)
                    : new AttendanceMark(p, Attendance.ATTENDED, i % 5 == 4 ? 55 : 75 + i % 20));
        }
        if (!marks.isEmpty()) {
            enrolments.markAttendance(coordinator, past.id(), marks);
        }
        if (employee != null && people.contains(employee)) {
            String name = jdbc.sql("select full_name from person where id = ?").param(employee).query(String.class).single();
            Actor me = new Actor(0L, context.organizationId(), employee, "employee", name, Set.of(Role.EMPLOYEE), false, "en", "UTC");
            enrolments.feedback(me, past.id(), new FeedbackForm(4, "Clear and practical; more time for closing orders, please."));
        }
    }

    private void comingSessions(DemoContext context, Actor coordinator, Course orders, Course reports, long wave) {
        LocalDateTime next = LocalDate.now().plusDays(8).atTime(LocalTime.of(14, 0));
        TrainingSession full = sessions.create(coordinator, new SessionForm(orders.id(), SessionFormat.TRAINING, next, next.plusHours(3),
                ZONE, "North station 1, training room", "North-1 training room", null, trainer(context), 30, 0));
        enrolments.enrol(coordinator, full.id(), new Selection(null, null, null, wave));
        invitations.send(coordinator, full.id());
        LocalDateTime seminar = LocalDate.now().plusDays(9).atTime(LocalTime.of(10, 0));
        TrainingSession heads = sessions.create(coordinator, new SessionForm(reports.id(), SessionFormat.SEMINAR, seminar,
                seminar.plusMinutes(90), ZONE, null, null, "https://meet.example.com/workshop-reports", null, 30, 0));
        enrolments.enrol(coordinator, heads.id(), new Selection(null, null, List.of(position(context, "SM")), null));
        LocalDateTime walk = LocalDate.now().plusWeeks(3).plusDays(1).atTime(LocalTime.of(8, 0));
        sessions.create(coordinator, new SessionForm(orders.id(), SessionFormat.FLOOR_WALKING, walk, walk.plusHours(8), ZONE,
                "North station 1, workshop floor", null, null, trainer(context), null, 0));
    }

    private Long trainer(DemoContext context) {
        return jdbc.sql("""
                select p.id from person p join position pos on pos.id = p.position_id
                where p.organization_id = ? and pos.code = 'HR' and p.employment_status = 'ACTIVE' order by p.id limit 1""")
                .param(context.organizationId()).query(Long.class).optional().orElse(null);
    }

    private long position(DemoContext context, String code) {
        return jdbc.sql("select id from position where organization_id = ? and code = ?").params(context.organizationId(), code)
                .query(Long.class).single();
    }
}
