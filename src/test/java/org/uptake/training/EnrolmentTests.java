package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uptake.support.TrainingFixtures.MORNING;
import static org.uptake.support.TrainingFixtures.sessionForm;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.training.course.Course;
import org.uptake.training.enrolment.Attendance;
import org.uptake.training.enrolment.AttendanceMark;
import org.uptake.training.enrolment.Enrolment;
import org.uptake.training.enrolment.EnrolmentResult;
import org.uptake.training.enrolment.EnrolmentStatus;
import org.uptake.training.enrolment.FeedbackForm;
import org.uptake.training.enrolment.Selection;
import org.uptake.training.session.TrainingSession;

class EnrolmentTests extends TrainingTest {

    @Test
    void enrolsEveryoneInAWaveHoldingTheChosenPositions() {
        Rollout r = training.rollout(3);
        Position cashier = training.position(r, "Cashier");
        Position mechanic = training.position(r, "Mechanic");
        Position cleaner = training.position(r, "Cleaner");
        training.wave(r, "Wave 1", r.station(0).unit());
        Wave second = training.wave(r, "Wave 2", r.station(1).unit(), r.station(2).unit());
        training.people(r, r.station(0).unit(), cashier, 3);
        List<Long> wanted = new ArrayList<>(training.people(r, r.station(1).unit(), cashier, 2));
        wanted.addAll(training.people(r, r.station(2).unit(), mechanic, 2));
        training.people(r, r.station(2).unit(), cleaner, 2);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, null);

        EnrolmentResult result = training.enrolments().enrol(r.coordinator(), s.id(),
                new Selection(null, null, List.of(cashier.id(), mechanic.id()), second.id()));

        assertThat(result.enrolled()).isEqualTo(4);
        assertThat(result.waitlisted()).isZero();
        assertThat(jdbc.sql("select person_id from training_enrolment where session_id = ? order by person_id").param(s.id())
                .query(Long.class).list()).containsExactlyElementsOf(wanted);
    }

    @Test
    void beyondCapacityPeopleGoToTheWaitlistNeverSilentlyOver() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 3);
        List<Long> people = training.people(r, r.station(0).unit(), null, 5);

        EnrolmentResult result = training.enrolments().enrol(r.coordinator(), s.id(), new Selection(people, null, null, null));
        EnrolmentResult again = training.enrolments().enrol(r.coordinator(), s.id(), new Selection(people, null, null, null));

        assertThat(result.enrolled()).isEqualTo(3);
        assertThat(result.waitlisted()).isEqualTo(2);
        assertThat(again.alreadyIn()).isEqualTo(5);
        TrainingSession after = training.sessions().get(r.coordinator(), s.id());
        assertThat(after.enrolled()).isEqualTo(3);
        assertThat(after.waitlisted()).isEqualTo(2);
    }

    @Test
    void aFreedSeatGoesToTheLongestWaitingPerson() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 2);
        List<Long> people = training.people(r, r.station(0).unit(), null, 4);
        training.enrol(r, s, people);

        training.enrolments().remove(r.coordinator(), s.id(), people.get(0));

        assertThat(status(s, people.get(2))).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(status(s, people.get(3))).isEqualTo(EnrolmentStatus.WAITLISTED);
    }

    @Test
    void raisingTheCapacityGivesTheWaitlistItsSeats() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 1);
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        training.enrol(r, s, people);

        training.sessions().update(r.coordinator(), s.id(), sessionForm(c.id(), MORNING, 3, null, null));

        assertThat(training.sessions().get(r.coordinator(), s.id()).enrolled()).isEqualTo(3);
    }

    @Test
    void rejectsAPersonOfAnotherOrganisationAndEnrolsNobody() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        Actor otherAdmin = fixtures.newOrganization();
        long foreign = fixtures.person(otherAdmin, "Foreigner", null, null).id();
        long own = training.people(r, r.station(0).unit(), null, 1).get(0);

        String code = refusal(() -> training.enrolments().enrol(r.coordinator(), s.id(),
                new Selection(List.of(own, foreign), null, null, null)));

        assertThat(code).isEqualTo("training.error.unknownPerson");
        assertThat(count("select count(*) from training_enrolment where session_id = ?", s.id())).isZero();
    }

    @Test
    void rejectsAnEmptySelectionAndAnEnrolmentInACancelledSession() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);

        assertThat(refusal(() -> training.enrolments().enrol(r.coordinator(), s.id(), new Selection(null, null, null, null))))
                .isEqualTo("training.error.emptySelection");
        training.sessions().cancel(r.coordinator(), s.id(), s.version());
        assertThat(refusal(() -> training.enrol(r, s, training.people(r, r.station(0).unit(), null, 1))))
                .isEqualTo("training.error.sessionCancelled");
        assertThat(count("select count(*) from training_enrolment where session_id = ?", s.id())).isZero();
    }

    @Test
    void theTrainerMarksAttendanceAndScoresInBulk() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", 70);
        Actor trainer = training.trainer(r);
        TrainingSession s = training.sessions().create(r.coordinator(), sessionForm(c.id(), MORNING, 10, trainer.personId(), null));
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        training.enrol(r, s, people);

        int marked = training.enrolments().markAttendance(trainer, s.id(), List.of(
                new AttendanceMark(people.get(0), Attendance.ATTENDED, 85),
                new AttendanceMark(people.get(1), Attendance.ATTENDED, 40),
                new AttendanceMark(people.get(2), Attendance.NO_SHOW, null)));

        assertThat(marked).isEqualTo(3);
        Enrolment first = training.enrolments().list(r.coordinator(), s.id(), null, 10).items().stream()
                .filter(e -> e.personId() == people.get(0)).findFirst().orElseThrow();
        assertThat(first.attendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(first.score()).isEqualTo(85);
    }

    @Test
    void anotherTrainerCannotMarkAttendance() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        Actor trainer = training.trainer(r);
        Actor otherTrainer = training.trainer(r);
        TrainingSession s = training.sessions().create(r.coordinator(), sessionForm(c.id(), MORNING, 10, trainer.personId(), null));
        List<Long> people = training.people(r, r.station(0).unit(), null, 1);
        training.enrol(r, s, people);

        assertThatThrownBy(() -> training.enrolments().markAttendance(otherTrainer, s.id(),
                List.of(new AttendanceMark(people.get(0), Attendance.ATTENDED, null)))).isInstanceOf(ForbiddenException.class);
        assertThat(count("select count(*) from training_enrolment where session_id = ? and attendance is not null", s.id())).isZero();
    }

    @Test
    void rejectsMarksForPeopleWithoutASeatAndScoresWithoutAttendanceChangingNothing() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", 70);
        TrainingSession s = training.session(r, c, MORNING, 1);
        List<Long> people = training.people(r, r.station(0).unit(), null, 2);
        training.enrol(r, s, people);

        assertThat(refusal(() -> training.enrolments().markAttendance(r.coordinator(), s.id(), List.of(
                new AttendanceMark(people.get(0), Attendance.ATTENDED, 90),
                new AttendanceMark(people.get(1), Attendance.ATTENDED, 90))))).isEqualTo("training.error.notEnrolled");
        assertThat(refusal(() -> training.enrolments().markAttendance(r.coordinator(), s.id(), List.of(
                new AttendanceMark(people.get(0), Attendance.NO_SHOW, 90))))).isEqualTo("training.error.scoreWithoutAttendance");
        assertThat(count("select count(*) from training_enrolment where session_id = ? and attendance is not null", s.id())).isZero();
    }

    @Test
    void participantsGiveFeedbackOnceTheSessionHasBegun() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        Actor participant = fixtures.user(r.world().admin(), r.station(0).unit().id(), org.uptake.shared.Role.EMPLOYEE);
        Actor outsider = fixtures.user(r.world().admin(), r.station(0).unit().id(), org.uptake.shared.Role.EMPLOYEE);
        LocalDateTime past = LocalDateTime.now().minusDays(2).withHour(10).withMinute(0);
        TrainingSession done = training.session(r, c, past, 10);
        TrainingSession coming = training.session(r, c, MORNING, 10);
        training.enrol(r, done, List.of(participant.personId()));
        training.enrol(r, coming, List.of(participant.personId()));

        Enrolment given = training.enrolments().feedback(participant, done.id(), new FeedbackForm(4, "Clear and useful"));

        assertThat(given.feedbackRating()).isEqualTo(4);
        assertThat(refusal(() -> training.enrolments().feedback(participant, coming.id(), new FeedbackForm(5, null))))
                .isEqualTo("training.error.feedbackTooEarly");
        assertThatThrownBy(() -> training.enrolments().feedback(outsider, done.id(), new FeedbackForm(1, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theApiRefusesAnOutOfRangeRatingAndEmptyMarks() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        String token = fixtures.token(r.coordinator());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/sessions/" + s.id() + "/attendance")
                        .with(org.uptake.support.Fixtures.bearer(token)).contentType("application/json").content("{\"marks\":[]}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/sessions/" + s.id() + "/feedback")
                        .with(org.uptake.support.Fixtures.bearer(token)).contentType("application/json").content("{\"rating\":9}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
    }

    private EnrolmentStatus status(TrainingSession s, long personId) {
        return EnrolmentStatus.valueOf(jdbc.sql("select status from training_enrolment where session_id = ? and person_id = ?")
                .params(s.id(), personId).query(String.class).single());
    }
}
