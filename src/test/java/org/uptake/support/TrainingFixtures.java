package org.uptake.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.org.position.Position;
import org.uptake.org.unit.Unit;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseForm;
import org.uptake.training.course.CourseService;
import org.uptake.training.enrolment.EnrolmentService;
import org.uptake.training.enrolment.Selection;
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionFormat;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * Training for tests, built through the real services on a {@link RolloutFixtures} rollout: positions,
 * people in the stations, courses, sessions (in a named time zone) and a trainer with an account.
 */
public final class TrainingFixtures {

    public static final String ZONE = "Europe/Berlin";
    /** A Tuesday in June 2030: no clock change near it. */
    public static final LocalDateTime MORNING = LocalDateTime.of(2030, 6, 4, 9, 0);

    private final Fixtures fixtures;
    private final RolloutFixtures rollouts;
    private final JdbcClient jdbc;

    public TrainingFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.rollouts = new RolloutFixtures(fixtures);
        this.jdbc = fixtures.bean(JdbcClient.class);
    }

    public RolloutFixtures rollouts() {
        return rollouts;
    }

    public Rollout rollout(int stations) {
        return rollouts.rollout(stations);
    }

    public Wave wave(Rollout r, String name, Unit... units) {
        return rollouts.wave(r, name, false, LocalDate.of(2030, 9, 2), units);
    }

    public Position position(Rollout r, String title) {
        return fixtures.position(r.world().admin(), title);
    }

    /** {@code n} active people in the unit holding the position, inserted in one statement; their ids in order. */
    public List<Long> people(Rollout r, Unit unit, Position position, int n) {
        long batch = Fixtures.next();
        return jdbc.sql("""
                insert into person (organization_id, employee_number, email, full_name, unit_id, position_id)
                select ?, 'T' || ? || '-' || g, 't' || ? || '-' || g || '@example.test', 'Trainee ' || ? || '-' || lpad(g::text, 4, '0'), ?, ?
                from generate_series(1, ?) g returning id""")
                .params(r.world().admin().organizationId(), batch, batch, batch, unit.id(), position == null ? null : position.id(), n)
                .query(Long.class).list();
    }

    public CourseForm courseForm(Rollout r, String title, List<String> aspects, List<Long> positions, List<Long> units,
                                 Integer passMark) {
        return new CourseForm(r.programId(), title, "About " + title, aspects, positions, units, 120, passMark, true, 0);
    }

    public Course course(Rollout r, String title, Integer passMark, Position... positions) {
        return courses().create(r.coordinator(), courseForm(r, title, List.of("data entry"),
                java.util.Arrays.stream(positions).map(Position::id).toList(), List.of(), passMark));
    }

    public static SessionForm sessionForm(long courseId, LocalDateTime start, Integer capacity, Long trainer, String room) {
        return new SessionForm(courseId, SessionFormat.TRAINING, start, start.plusHours(2), ZONE, "Training centre", room, null,
                trainer, capacity, 0);
    }

    public TrainingSession session(Rollout r, Course course, LocalDateTime start, Integer capacity) {
        return sessions().create(r.coordinator(), sessionForm(course.id(), start, capacity, null, null));
    }

    /** A person with an EMPLOYEE account who can be a session's trainer. */
    public Actor trainer(Rollout r) {
        return fixtures.user(r.world().admin(), r.world().root().id(), Role.EMPLOYEE);
    }

    public void enrol(Rollout r, TrainingSession s, List<Long> people) {
        enrolments().enrol(r.coordinator(), s.id(), new Selection(people, null, null, null));
    }

    public CourseService courses() {
        return fixtures.bean(CourseService.class);
    }

    public SessionService sessions() {
        return fixtures.bean(SessionService.class);
    }

    public EnrolmentService enrolments() {
        return fixtures.bean(EnrolmentService.class);
    }
}
