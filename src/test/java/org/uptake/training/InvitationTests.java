package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.CalendarMail.ics;
import static org.uptake.support.CalendarMail.property;
import static org.uptake.support.TrainingFixtures.MORNING;
import static org.uptake.support.TrainingFixtures.sessionForm;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.support.TestMail;
import org.uptake.training.course.Course;
import org.uptake.training.invitation.CalendarFeedService;
import org.uptake.training.invitation.InvitationRun;
import org.uptake.training.invitation.InvitationService;
import org.uptake.training.session.TrainingSession;

class InvitationTests extends TrainingTest {

    @Test
    void everyoneEnrolledGetsAnInvitationWithAValidCalendarEvent() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Entering orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        training.enrol(r, s, people);

        InvitationRun run = invitations().send(r.coordinator(), s.id());

        assertThat(run.total()).isEqualTo(3);
        MimeMessage mail = TestMail.awaitFor(email(people.get(0))).get(0);
        String ics = ics(mail);
        assertThat(mail.getSubject()).startsWith("Invitation: Entering orders");
        assertThat(property(ics, "METHOD")).isEqualTo("REQUEST");
        assertThat(property(ics, "UID")).isEqualTo("training-session-" + s.id() + "@uptake");
        assertThat(property(ics, "SEQUENCE")).isEqualTo("0");
        assertThat(property(ics, "DTSTART")).isEqualTo("20300604T070000Z");
        assertThat(property(ics, "ATTENDEE")).endsWith("mailto:" + email(people.get(0)));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("BEGIN:VEVENT", "END:VEVENT", "DTSTAMP:");
        TestMail.awaitFor(email(people.get(2)));
    }

    @Test
    void aChangeResendsWithTheSameUidAndARaisedSequenceAndACancellationSendsCancel() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 1);
        training.enrol(r, s, people);
        invitations().send(r.coordinator(), s.id());
        String to = email(people.get(0));
        TestMail.awaitFor(to, 1);

        TrainingSession moved = training.sessions().update(r.coordinator(), s.id(), sessionForm(c.id(), MORNING.plusDays(1), 10, null, null));
        String update = ics(TestMail.awaitFor(to, 2).get(1));
        training.sessions().cancel(r.coordinator(), s.id(), moved.version());
        List<MimeMessage> all = TestMail.awaitFor(to, 3);
        String cancel = ics(all.get(2));

        assertThat(property(update, "UID")).isEqualTo("training-session-" + s.id() + "@uptake");
        assertThat(property(update, "SEQUENCE")).isEqualTo("1");
        assertThat(property(update, "DTSTART")).isEqualTo("20300605T070000Z");
        assertThat(all.get(1).getSubject()).startsWith("Changed:");
        assertThat(property(cancel, "METHOD")).isEqualTo("CANCEL");
        assertThat(property(cancel, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(cancel, "UID")).isEqualTo(property(update, "UID"));
        assertThat(Integer.parseInt(property(cancel, "SEQUENCE"))).isGreaterThan(1);
    }

    @Test
    void anInvalidAddressIsLoggedAndTheRestAreStillSent() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        jdbc.sql("update person set email = 'not an address' where id = ?").param(people.get(1)).update();
        training.enrol(r, s, people);

        invitations().send(r.coordinator(), s.id());

        TestMail.awaitFor(email(people.get(0)));
        TestMail.awaitFor(email(people.get(2)));
        awaitNothingPending(s);
        assertThat(invitations().invalid(r.coordinator(), s.id())).singleElement()
                .satisfies(i -> assertThat(i.personId()).isEqualTo(people.get(1)));
        InvitationRun run = invitations().runs(r.coordinator(), s.id()).get(0);
        assertThat(run.queued()).isEqualTo(2);
        assertThat(run.invalid()).isEqualTo(1);
    }

    @Test
    void sendingTwiceInvitesOnlyThoseNotYetInvited() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 3);
        training.enrol(r, s, people.subList(0, 2));
        invitations().send(r.coordinator(), s.id());
        training.enrol(r, s, people.subList(2, 3));

        InvitationRun second = invitations().send(r.coordinator(), s.id());

        assertThat(second.total()).isEqualTo(1);
        assertThat(refusal(() -> invitations().send(r.coordinator(), s.id()))).isEqualTo("training.error.nobodyToInvite");
    }

    @Test
    void aPersonTakenOutAfterTheInvitationGetsACancellation() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        List<Long> people = training.people(r, r.station(0).unit(), null, 1);
        training.enrol(r, s, people);
        invitations().send(r.coordinator(), s.id());
        String to = email(people.get(0));
        TestMail.awaitFor(to, 1);

        training.enrolments().remove(r.coordinator(), s.id(), people.get(0));

        assertThat(property(ics(TestMail.awaitFor(to, 2).get(1)), "METHOD")).isEqualTo("CANCEL");
    }

    @Test
    void someonePromotedFromTheWaitlistAfterTheInvitationsWentOutIsInvitedToo() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 1);
        List<Long> people = training.people(r, r.station(0).unit(), null, 2);
        training.enrol(r, s, people.subList(0, 1));
        training.enrol(r, s, people.subList(1, 2));
        invitations().send(r.coordinator(), s.id());
        TestMail.awaitFor(email(people.get(0)), 1);

        training.enrolments().remove(r.coordinator(), s.id(), people.get(0));

        MimeMessage invitation = TestMail.awaitFor(email(people.get(1)), 1).get(0);
        assertThat(property(ics(invitation), "METHOD")).isEqualTo("REQUEST");
        assertThat(property(ics(invitation), "UID")).isEqualTo("training-session-" + s.id() + "@uptake");
        assertThat(invitations().runs(r.coordinator(), s.id())).extracting(InvitationRun::total).contains(1);
    }

    @Test
    void aWaitlistPromotedBeforeAnyInvitationWentOutWaitsForTheCoordinatorsSend() {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 1);
        List<Long> people = training.people(r, r.station(0).unit(), null, 2);
        training.enrol(r, s, people);

        training.enrolments().remove(r.coordinator(), s.id(), people.get(0));

        assertThat(invitations().runs(r.coordinator(), s.id())).isEmpty();
    }

    @Test
    void theFeedServesThePersonsSessionsWithoutSignInUntilTheSecretIsRenewedOrRevoked() throws Exception {
        Rollout r = training.rollout(1);
        Course c = training.course(r, "Orders", null);
        TrainingSession s = training.session(r, c, MORNING, 10);
        Actor employee = fixtures.user(r.world().admin(), r.station(0).unit().id(), Role.EMPLOYEE);
        training.enrol(r, s, List.of(employee.personId()));
        CalendarFeedService feeds = fixtures.bean(CalendarFeedService.class);

        String first = path(feeds.renew(employee));
        String body = mvc.perform(get(first)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = path(feeds.renew(employee));

        assertThat(body).contains("UID:training-session-" + s.id() + "@uptake", "SUMMARY:Orders");
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        feeds.revoke(employee);
        mvc.perform(get(second)).andExpect(status().isNotFound());
        mvc.perform(get("/training/calendar/guessed-secret.ics")).andExpect(status().isNotFound());
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/training/calendar/"));
    }

    private String email(long personId) {
        return jdbc.sql("select email from person where id = ?").param(personId).query(String.class).single();
    }

    private void awaitNothingPending(TrainingSession s) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && count("""
                select count(*) from training_invitation i join training_invitation_run r on r.id = i.run_id
                where r.session_id = ? and i.status = 'PENDING'""", s.id()) > 0) {
            Thread.onSpinWait();
        }
    }

    private InvitationService invitations() {
        return fixtures.bean(InvitationService.class);
    }
}
