package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uptake.support.TrainingFixtures.MORNING;
import static org.uptake.support.TrainingFixtures.ZONE;
import static org.uptake.support.TrainingFixtures.sessionForm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.session.SessionForm;
import org.uptake.training.session.SessionFormat;
import org.uptake.training.session.TrainingSession;

class SessionTests extends TrainingTest {

    @Test
    void storesTheSessionInUtcWithTheZoneItWasPlannedIn() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);

        TrainingSession s = training.sessions().create(r.coordinator(), new SessionForm(c.id(), SessionFormat.SEMINAR, MORNING,
                MORNING.plusHours(3), ZONE, "HQ", "Room 1", "https://meet.example.test/x", null, 12, 0));

        assertThat(s.startsAt()).isEqualTo(Instant.parse("2030-06-04T07:00:00Z"));
        assertThat(s.localStart().toLocalDateTime()).isEqualTo(MORNING);
        assertThat(s.format()).isEqualTo(SessionFormat.SEMINAR);
        assertThat(s.capacity()).isEqualTo(12);
        assertThat(s.sequence()).isZero();
    }

    @Test
    void offersEveryFormatIncludingFloorWalkingAfterGoLive() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        for (SessionFormat f : SessionFormat.values()) {
            training.sessions().create(r.coordinator(), new SessionForm(c.id(), f, MORNING.plusDays(f.ordinal()),
                    MORNING.plusDays(f.ordinal()).plusHours(1), ZONE, null, null, null, null, null, 0));
        }
        assertThat(training.sessions().list(r.coordinator(), r.programId(), null, 10).items()).extracting(TrainingSession::format)
                .containsExactly(SessionFormat.TRAINING, SessionFormat.SEMINAR, SessionFormat.E_LEARNING, SessionFormat.FLOOR_WALKING);
    }

    @Test
    void aSessionAcrossTheDaylightSavingChangeKeepsItsRealDuration() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Night shift", null);
        LocalDateTime start = LocalDateTime.of(2030, 3, 30, 22, 0);

        TrainingSession s = training.sessions().create(r.coordinator(), new SessionForm(c.id(), SessionFormat.FLOOR_WALKING, start,
                start.plusHours(10), ZONE, null, null, null, null, null, 0));

        assertThat(Duration.between(s.startsAt(), s.endsAt())).as("clocks go forward at 02:00 on 31 March").hasHours(9);
        assertThat(s.localEnd().toLocalDateTime()).isEqualTo(start.plusHours(10));
    }

    @Test
    void rejectsALocalTimeTheClockChangeSkipsOrRepeatsAndStoresNothing() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        LocalDateTime skipped = LocalDateTime.of(2030, 3, 31, 2, 30);
        LocalDateTime repeated = LocalDateTime.of(2030, 10, 27, 2, 30);

        assertThat(refusal(() -> training.sessions().create(r.coordinator(), sessionForm(c.id(), skipped, 10, null, null))))
                .isEqualTo("training.error.timeSkipped");
        assertThat(refusal(() -> training.sessions().create(r.coordinator(), sessionForm(c.id(), repeated, 10, null, null))))
                .isEqualTo("training.error.timeRepeated");
        assertThat(count("select count(*) from training_session where course_id = ?", c.id())).isZero();
    }

    @Test
    void rejectsAnUnknownZoneAndAnEndBeforeTheStart() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);

        assertThat(refusal(() -> training.sessions().create(r.coordinator(), new SessionForm(c.id(), SessionFormat.TRAINING, MORNING,
                MORNING.plusHours(1), "Mars/Olympus", null, null, null, null, null, 0)))).isEqualTo("training.error.timeZone");
        assertThat(refusal(() -> training.sessions().create(r.coordinator(), new SessionForm(c.id(), SessionFormat.TRAINING, MORNING,
                MORNING.minusHours(1), ZONE, null, null, null, null, null, 0)))).isEqualTo("training.error.endBeforeStart");
        assertThat(count("select count(*) from training_session where course_id = ?", c.id())).isZero();
    }

    @Test
    void rejectsATrainerBookedTwiceAtOnce() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        Actor trainer = training.trainer(r);
        training.sessions().create(r.coordinator(), sessionForm(c.id(), MORNING, 10, trainer.personId(), null));

        String code = refusal(() -> training.sessions().create(r.coordinator(),
                sessionForm(c.id(), MORNING.plusHours(1), 10, trainer.personId(), null)));

        assertThat(code).isEqualTo("training.error.trainerBusy");
        assertThat(count("select count(*) from training_session where course_id = ?", c.id())).isEqualTo(1);
        training.sessions().create(r.coordinator(), sessionForm(c.id(), MORNING.plusHours(2), 10, trainer.personId(), null));
    }

    @Test
    void rejectsARoomBookedTwiceAtOnceWhateverTheCase() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        training.sessions().create(r.coordinator(), sessionForm(c.id(), MORNING, 10, null, "Room A"));

        String code = refusal(() -> training.sessions().create(r.coordinator(), sessionForm(c.id(), MORNING.plusMinutes(30), 10, null, "room a")));

        assertThat(code).isEqualTo("training.error.roomBusy");
        assertThat(count("select count(*) from training_session where course_id = ?", c.id())).isEqualTo(1);
    }

    @Test
    void aChangeOfTimeRaisesTheSequenceAndAStaleEditIsRefused() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);

        TrainingSession moved = training.sessions().update(r.coordinator(), s.id(), sessionForm(c.id(), MORNING.plusDays(1), 10, null, null));
        TrainingSession biggerRoom = training.sessions().update(r.coordinator(), s.id(), withVersion(sessionForm(c.id(),
                MORNING.plusDays(1), 20, null, null), moved.version()));

        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(biggerRoom.sequence()).as("capacity is not visible in the calendar").isEqualTo(1);
        assertThatThrownBy(() -> training.sessions().update(r.coordinator(), s.id(), sessionForm(c.id(), MORNING, 10, null, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(training.sessions().get(r.coordinator(), s.id()).capacity()).isEqualTo(20);
    }

    @Test
    void aSessionWithAttendeesCannotBeDeletedButCanBeCancelled() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        training.enrol(r, s, training.people(r, r.station(0).unit(), null, 2));

        String code = refusal(() -> training.sessions().delete(r.coordinator(), s.id(), s.version()));
        TrainingSession cancelled = training.sessions().cancel(r.coordinator(), s.id(), s.version());

        assertThat(code).isEqualTo("training.error.sessionHasAttendees");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.sequence()).isEqualTo(1);
        assertThat(count("select count(*) from training_enrolment where session_id = ?", s.id())).isEqualTo(2);
    }

    @Test
    void anEmptySessionCanBeDeleted() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);

        training.sessions().delete(r.coordinator(), s.id(), s.version());

        assertThatThrownBy(() -> training.sessions().get(r.coordinator(), s.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sessionsArePagedByStart() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        for (int i = 0; i < 5; i++) {
            training.session(r, c, MORNING.plusDays(5 - i), null);
        }
        var first = training.sessions().list(r.coordinator(), r.programId(), null, 3);
        var second = training.sessions().list(r.coordinator(), r.programId(), first.next(), 3);

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.next()).isNull();
        assertThat(List.of(first.items().get(0).startsAt(), second.items().get(1).startsAt()))
                .containsExactly(MORNING.plusDays(1).atZone(java.time.ZoneId.of(ZONE)).toInstant(),
                        MORNING.plusDays(5).atZone(java.time.ZoneId.of(ZONE)).toInstant());
    }

    private static SessionForm withVersion(SessionForm f, int version) {
        return new SessionForm(f.courseId(), f.format(), f.start(), f.end(), f.timeZone(), f.place(), f.room(), f.link(),
                f.trainerPersonId(), f.capacity(), version);
    }
}
