package org.uptake.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.CourseService;
import org.uptake.training.enrolment.EnrolmentService;
import org.uptake.training.enrolment.Selection;
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionFormat;
import org.uptake.training.session.SessionService;

/**
 * Training records for the permission matrix: a program the COORDINATOR user runs over the headed and
 * the other unit (both in one wave), a course with a page material, and a session that began two days
 * ago, trained by the UNIT_HEAD user's person, in which the EMPLOYEE user's person is enrolled. Fresh
 * courses and sessions serve the destructive calls.
 */
public final class TrainingMatrixWorld {

    private static final Map<Long, long[]> CACHED = new ConcurrentHashMap<>();

    private final Fixtures fixtures;
    private final Actor admin;
    private final Actor coordinator;
    private final long headedUnit;
    private final long otherUnit;
    private final long trainerPerson;
    private final long employeePerson;

    public TrainingMatrixWorld(Fixtures fixtures, Actor admin, Actor coordinator, long headedUnit, long otherUnit,
                               long trainerPerson, long employeePerson) {
        this.fixtures = fixtures;
        this.admin = admin;
        this.coordinator = coordinator;
        this.headedUnit = headedUnit;
        this.otherUnit = otherUnit;
        this.trainerPerson = trainerPerson;
        this.employeePerson = employeePerson;
    }

    /** [program, course, session, material] */
    private long[] cached() {
        return CACHED.computeIfAbsent(admin.organizationId(), k -> build());
    }

    private long[] build() {
        long program = newProgram();
        var wave = new WaveForm();
        wave.setName("Matrix wave");
        wave.setPlannedGoLive(LocalDate.of(2030, 6, 3));
        wave.setUnitIds(List.of(headedUnit, otherUnit));
        fixtures.bean(WaveService.class).create(coordinator, program, wave);
        long course = course(program);
        long material = fixtures.bean(CourseService.class).addPage(coordinator, course, "User guide", "Step 1").id();
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).minusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        long session = fixtures.bean(SessionService.class).create(coordinator, new SessionForm(course, SessionFormat.TRAINING, start,
                start.plusHours(2), "UTC", "Matrix room", null, null, trainerPerson, 20, 0)).id();
        fixtures.bean(EnrolmentService.class).enrol(coordinator, session, new Selection(List.of(employeePerson), null, null, null));
        return new long[]{program, course, session, material};
    }

    private long newProgram() {
        var form = new SetupForm();
        form.setPlaybookId(fixtures.bean(PlaybookService.class).list(admin).stream()
                .filter(p -> p.builtIn() && p.code().equals("P1")).findFirst().orElseThrow().id());
        form.setName("Matrix training " + Fixtures.next());
        form.setStartDate(LocalDate.of(2030, 3, 4));
        form.setLanguage("en");
        form.setUnitIds(List.of(headedUnit, otherUnit));
        return fixtures.bean(ProgramSetupService.class).create(coordinator, form).program().id();
    }

    private long course(long program) {
        return fixtures.bean(CourseService.class).create(coordinator, new CourseForm(program, "Matrix course " + Fixtures.next(),
                null, List.of("data entry"), List.of(), List.of(), 60, 70, true, 0)).id();
    }

    public long program() {
        return cached()[0];
    }

    public long course() {
        return cached()[1];
    }

    public long session() {
        return cached()[2];
    }

    public long material() {
        return cached()[3];
    }

    public long employeePerson() {
        return employeePerson;
    }

    private volatile long lastFreshCourse;

    public long freshCourse() {
        lastFreshCourse = course(program());
        return lastFreshCourse;
    }

    /** The course of the last fresh course or session, for a request body built after its URL. */
    public long lastFreshCourse() {
        return lastFreshCourse;
    }

    /** A session of a fresh course far in the future, nobody enrolled. */
    public long freshSession() {
        LocalDateTime start = LocalDateTime.of(2031, 1, 6, 9, 0).plusDays(Fixtures.next() % 300);
        return fixtures.bean(SessionService.class).create(coordinator, new SessionForm(freshCourse(), SessionFormat.SEMINAR, start,
                start.plusHours(1), "UTC", null, null, null, null, 10, 0)).id();
    }

    /** A fresh session with the EMPLOYEE user's person enrolled: [session]. */
    public long freshSessionWithEmployee() {
        long session = freshSession();
        fixtures.bean(EnrolmentService.class).enrol(coordinator, session, new Selection(List.of(employeePerson), null, null, null));
        return session;
    }
}
