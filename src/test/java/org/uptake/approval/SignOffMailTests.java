package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.approval.notify.SignOffEscalation;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;
import org.uptake.support.TestMail;

/** Approvers are asked by e-mail, requesters hear the outcome, and overdue requests reach the approver's manager once per interval. */
class SignOffMailTests extends IntegrationTest {

    private SignOffFixtures signOffs;
    private Actor admin;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        admin = fixtures.newOrganization();
    }

    private String email(Actor actor) {
        return jdbc.sql("select email from person where id = ?").param(actor.personId()).query(String.class).single();
    }

    private long outboxCount(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(recipient).query(Long.class).single();
    }

    @Test
    void approversAreAskedWithALinkAndTheRequesterHearsTheOutcome() throws Exception {
        Actor requester = fixtures.user(admin, null, Role.COORDINATOR);
        Actor approver = signOffs.approver(admin, null);
        SignOff s = signOffs.request(requester, ApprovalRule.ANY, null, approver);

        MimeMessage ask = TestMail.awaitFor(email(approver)).getFirst();
        assertThat(ask.getSubject()).contains(s.title());
        assertThat(TestMail.body(ask)).contains("http://localhost/sign-offs/" + s.id());

        signOffs.reject(approver, s.id(), "The budget line is missing");
        MimeMessage outcome = TestMail.awaitFor(email(requester)).getFirst();
        assertThat(outcome.getSubject()).startsWith("Rejected");
        assertThat(TestMail.body(outcome)).contains("The budget line is missing");
    }

    @Test
    void anOverdueRequestEscalatesToTheApproversManagerOncePerInterval() throws Exception {
        PersonService people = fixtures.bean(PersonService.class);
        Person manager = fixtures.person(admin, "Maria Manager", null, null);
        Actor approver = signOffs.approver(admin, null);
        PersonForm form = PersonForm.of(people.get(admin, approver.personId()));
        form.setManagerId(manager.id());
        people.update(admin, approver.personId(), form);
        SignOff s = signOffs.request(admin, SignOffDraft.about("free", null, "Overdue budget", null)
                .due(LocalDate.now().plusDays(1))
                .withStep(SignOffDraft.Step.of(null, ApprovalRule.ANY, approver.personId())));
        jdbc.sql("update sign_off set due_on = current_date - 2 where id = ?").param(s.id()).update();
        SignOffEscalation escalation = fixtures.bean(SignOffEscalation.class);

        escalation.escalateOverdue();
        escalation.escalateOverdue();

        List<MimeMessage> mails = TestMail.awaitFor(manager.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Overdue sign-off: Overdue budget");
        assertThat(TestMail.body(mails.getFirst())).contains(people.get(admin, approver.personId()).fullName()).contains("/sign-offs/" + s.id());
        assertThat(outboxCount(manager.email())).isEqualTo(1);

        jdbc.sql("update sign_off set last_escalated_at = now() - interval '25 hours' where id = ?").param(s.id()).update();
        escalation.escalateOverdue();
        assertThat(outboxCount(manager.email())).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'sign_off' and entity_id = ? and action = 'escalated'")
                .param(s.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anApproverWithoutAManagerEscalatesToTheRequester() {
        Actor requester = fixtures.user(admin, null, Role.COORDINATOR);
        Actor approver = signOffs.approver(admin, null);
        SignOff s = signOffs.request(requester, ApprovalRule.ANY, null, approver);
        jdbc.sql("update sign_off set due_on = current_date - 1 where id = ?").param(s.id()).update();
        fixtures.bean(SignOffEscalation.class).escalateOverdue();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like 'Overdue%'")
                .param(email(requester)).query(Long.class).single()).isEqualTo(1);
    }
}
