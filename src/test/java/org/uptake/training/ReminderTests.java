package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.support.TrainingFixtures.MORNING;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.support.TestMail;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseForm;
import org.uptake.training.enrolment.Attendance;
import org.uptake.training.enrolment.AttendanceMark;
import org.uptake.training.invitation.ReminderResult;
import org.uptake.training.invitation.TrainingReminders;
import org.uptake.training.session.TrainingSession;

class ReminderTests extends TrainingTest {

    @Test
    void peopleTheCourseIsMeantForWhoAreInNoSessionAreRemindedOnce() throws Exception {
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");
        training.wave(r, "Wave 1", r.station(0).unit());
        List<Long> people = training.people(r, r.station(0).unit(), cashier, 3);
        training.people(r, r.station(0).unit(), null, 2);
        Course c = training.course(r, "Orders", null, cashier);
        TrainingSession s = training.session(r, c, MORNING, 10);
        training.enrol(r, s, people.subList(0, 1));

        ReminderResult first = reminders().send(r.coordinator(), c.id());
        ReminderResult again = reminders().send(r.coordinator(), c.id());

        assertThat(first.notEnrolled()).isEqualTo(2);
        assertThat(again.notEnrolled()).isZero();
        var mail = TestMail.awaitFor(email(people.get(1))).get(0);
        assertThat(mail.getSubject()).isEqualTo("Please enrol: Orders");
        assertThat(TestMail.body(mail)).contains("Training centre");
    }

    @Test
    void noShowsWithoutANewPlaceAreReminded() throws Exception {
        Rollout r = training.rollout(1);
        training.wave(r, "Wave 1", r.station(0).unit());
        List<Long> people = training.people(r, r.station(0).unit(), null, 2);
        Course c = training.course(r, "Orders", null);
        TrainingSession past = training.session(r, c, LocalDateTime.now().minusDays(3).withHour(10).withMinute(0), 10);
        training.enrol(r, past, people);
        training.enrolments().markAttendance(r.coordinator(), past.id(), List.of(
                new AttendanceMark(people.get(0), Attendance.NO_SHOW, null), new AttendanceMark(people.get(1), Attendance.ATTENDED, null)));
        training.session(r, c, MORNING, 10);

        ReminderResult result = reminders().send(r.coordinator(), c.id());

        assertThat(result.noShows()).isEqualTo(1);
        assertThat(TestMail.awaitFor(email(people.get(0))).get(0).getSubject()).isEqualTo("You missed: Orders");
    }

    @Test
    void anOptionalCourseHasNoRemindersAndAnInvalidAddressIsCountedNotSent() {
        Rollout r = training.rollout(1);
        Position cashier = training.position(r, "Cashier");
        training.wave(r, "Wave 1", r.station(0).unit());
        List<Long> people = training.people(r, r.station(0).unit(), cashier, 2);
        jdbc.sql("update person set email = 'broken@' where id = ?").param(people.get(0)).update();
        Course optional = training.courses().create(r.coordinator(), new CourseForm(r.programId(), "Extra", null, List.of(), List.of(),
                List.of(), 30, null, false, 0));
        Course required = training.course(r, "Orders", null, cashier);

        assertThat(refusal(() -> reminders().send(r.coordinator(), optional.id()))).isEqualTo("training.error.notRequired");
        ReminderResult result = reminders().send(r.coordinator(), required.id());

        assertThat(result.notEnrolled()).isEqualTo(2);
        assertThat(result.invalidAddresses()).isEqualTo(1);
        TestMail.awaitFor(email(people.get(1)));
    }

    private String email(long personId) {
        return jdbc.sql("select email from person where id = ?").param(personId).query(String.class).single();
    }

    private TrainingReminders reminders() {
        return fixtures.bean(TrainingReminders.class);
    }
}
