package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.shared.audit.AuditLog;
import org.uptake.support.SupportFixtures.Desk;
import org.uptake.support.sla.ProblemSeverity;

/** A problem past its SLA is escalated once per due time: to the owner's manager (or the unit head), with a reminder to the owner. */
class SlaEscalationTests extends SupportTest {

    @Test
    void aLateProblemIsEscalatedToTheOwnersManagerAndTheOwnerIsRemindedOnce() throws Exception {
        Desk d = support.desk();
        long owner = d.world().it().id();
        long manager = d.world().sponsor().id();
        jdbc.sql("update person set manager_id = ? where id = ?").params(manager, owner).update();
        Problem p = owned(d, owner);
        late(p);

        escalation().escalateLate();
        escalation().escalateLate();

        MimeMessage toManager = TestMail.awaitFor(emailOf(manager)).getFirst();
        assertThat(toManager.getSubject()).startsWith("SLA missed: problem #" + p.id());
        assertThat(TestMail.body(toManager)).contains(nameOf(owner));
        assertThat(TestMail.awaitFor(emailOf(owner)).getLast().getSubject()).contains("has passed its SLA");
        assertThat(history(p)).filteredOn("slaEscalated"::equals).hasSize(1);
        assertThat(escalatedFor(p)).isTrue();
    }

    @Test
    void anUnownedLateProblemGoesToTheHeadOfItsUnit() throws Exception {
        Desk d = support.desk();
        Problem p = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.HIGH, "Printer is offline");
        late(p);

        escalation().escalateLate();

        MimeMessage toHead = TestMail.awaitFor(emailOf(d.head().personId())).getLast();
        assertThat(toHead.getSubject()).startsWith("SLA missed: problem #" + p.id());
        assertThat(TestMail.body(toHead)).contains("nobody owns it");
    }

    @Test
    void aProblemWaitingForTheReporterIsNotLate() {
        Desk d = support.desk();
        Problem p = owned(d, d.world().it().id());
        support.workflow().move(d.coordinator(), p.id(), new StatusForm(ProblemStatus.WAITING_FOR_REPORTER, "Which model?",
                support.reload(d.coordinator(), p.id()).version()));
        late(p);

        escalation().escalateLate();

        assertThat(history(p)).doesNotContain("slaEscalated");
        assertThat(escalatedFor(p)).isFalse();
    }

    @Test
    void aDueTimeMovedLaterIsEscalatedAgainWhenItPassesToo() {
        Desk d = support.desk();
        Problem p = owned(d, d.world().it().id());
        late(p);
        escalation().escalateLate();
        jdbc.sql("update problem set sla_due_at = now() - interval '1 minute' where id = ?").param(p.id()).update();

        escalation().escalateLate();

        assertThat(history(p)).filteredOn("slaEscalated"::equals).hasSize(2);
    }

    private Problem owned(Desk d, long owner) {
        Problem p = support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Scanner does not connect");
        TriageForm f = TriageForm.of(p);
        f.setOwnerPersonId(owner);
        return support.problems().triage(d.coordinator(), p.id(), f);
    }

    private void late(Problem p) {
        jdbc.sql("update problem set sla_due_at = now() - interval '1 hour' where id = ?").param(p.id()).update();
    }

    private boolean escalatedFor(Problem p) {
        return jdbc.sql("select sla_escalated_for_due = sla_due_at from problem where id = ?").param(p.id())
                .query(Boolean.class).optional().orElse(false) == Boolean.TRUE;
    }

    private List<String> history(Problem p) {
        long org = jdbc.sql("select organization_id from problem where id = ?").param(p.id()).query(Long.class).single();
        return fixtures.bean(AuditLog.class).history(org, "problem", p.id(), 50).stream().map(e -> e.action()).toList();
    }

    private SlaEscalation escalation() {
        return fixtures.bean(SlaEscalation.class);
    }

    private String emailOf(long personId) {
        return jdbc.sql("select email from person where id = ?").param(personId).query(String.class).single();
    }

    private String nameOf(long personId) {
        return jdbc.sql("select full_name from person where id = ?").param(personId).query(String.class).single();
    }
}
