package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffMarkedStale;
import org.uptake.approval.event.SignOffRoundStarted;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

/** Rounds, cancellation and stale flags: what the requester and the owning modules do after the first answer. */
@RecordApplicationEvents
class SignOffRoundTests extends IntegrationTest {

    @Autowired
    private ApplicationEvents events;

    private SignOffFixtures signOffs;
    private Actor admin;
    private Actor coordinator;
    private Actor anna;
    private Actor boris;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        admin = fixtures.newOrganization();
        coordinator = fixtures.user(admin, null, org.uptake.shared.Role.COORDINATOR);
        anna = signOffs.approver(admin, null);
        boris = signOffs.approver(admin, null);
    }

    @Test
    void aNewRoundAfterARejectionAsksEveryoneAgainAndKeepsTheFirstRoundAsHistory() {
        SignOff s = signOffs.request(coordinator, ApprovalRule.ALL, null, anna, boris);
        signOffs.approve(anna, s.id());
        SignOff rejected = signOffs.reject(boris, s.id(), "The training dates are missing");

        SignOff second = signOffs.service().newRound(coordinator, s.id(), new NoteForm("Dates added", rejected.version()));
        assertThat(second.status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(second.round()).isEqualTo(2);
        assertThat(events.stream(SignOffRoundStarted.class).filter(e -> e.signOffId() == s.id())).hasSize(1);

        signOffs.approve(anna, s.id());
        assertThat(signOffs.approve(boris, s.id()).status()).isEqualTo(SignOffStatus.APPROVED);

        SignOffView view = signOffs.service().view(coordinator, s.id());
        assertThat(view.rounds()).extracting(SignOffView.Round::number).containsExactly(2, 1);
        SignOffView.Step first = view.earlierRounds().getFirst().steps().getFirst();
        assertThat(first.status()).isEqualTo("REJECTED");
        assertThat(first.approvers()).extracting(SignOffView.Approver::decision)
                .containsExactlyInAnyOrder(SignOffDecision.APPROVED, SignOffDecision.REJECTED);
        assertThat(first.approvers()).extracting(SignOffView.Approver::comment).contains("The training dates are missing");
        assertThat(view.currentRound().steps().getFirst().status()).isEqualTo("APPROVED");
        assertThat(view.comments()).extracting(SignOffView.Comment::kind)
                .containsExactly("APPROVED", "REJECTED", "NEW_ROUND", "APPROVED", "APPROVED");
    }

    @Test
    void theRequesterCancelsAnOpenRequestAndTheApproversAreNoLongerAsked() {
        SignOff s = signOffs.request(coordinator, ApprovalRule.ANY, null, anna);
        SignOff cancelled = signOffs.service().cancel(coordinator, s.id(), new NoteForm("Not needed any more", 0));
        assertThat(cancelled.status()).isEqualTo(SignOffStatus.CANCELLED);
        assertThat(events.stream(SignOffCancelled.class).filter(e -> e.signOffId() == s.id()).findFirst().orElseThrow()
                .reason()).isEqualTo("Not needed any more");
        assertThat(signOffs.service().waitingCount(anna)).isZero();
    }

    @Test
    void aModuleFlagsAnApprovalStaleAndANewRoundClearsTheFlag() {
        SignOff s = signOffs.request(admin, SignOffDraft.about("rollout.unit", 42L, "Go-live of Station 1", "/rollout/units/42")
                .withStep(SignOffDraft.Step.of("Unit head", ApprovalRule.ANY, anna.personId())));
        signOffs.approve(anna, s.id());
        assertThat(signOffs.service().forSubject(admin, "rollout.unit", 42L).latest().orElseThrow().holds()).isTrue();

        SignOff stale = signOffs.service().markStale(Actor.system(admin.organizationId()), "rollout.unit", 42L,
                "Readiness dropped from 92% to 61% after the head signed").orElseThrow();
        assertThat(stale.stale()).isTrue();
        assertThat(stale.holds()).isFalse();
        assertThat(events.stream(SignOffMarkedStale.class).filter(e -> e.signOffId() == s.id())).hasSize(1);
        SignOff again = signOffs.service().markStale(admin, s.id(), "Readiness dropped from 92% to 61% after the head signed");
        assertThat(again.version()).isEqualTo(stale.version());

        SignOff reopened = signOffs.service().newRound(admin, s.id(), new NoteForm(null, stale.version()));
        assertThat(reopened.stale()).isFalse();
        assertThat(reopened.status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(signOffs.approve(anna, s.id()).holds()).isTrue();
    }

    @Test
    void forSubjectAnswersTheLatestRequestAndTheEarlierOnes() {
        SignOff first = signOffs.request(admin, SignOffDraft.about("program.stage", 7L, "Stage 1 accepted", "/programs/1")
                .withStep(SignOffDraft.Step.of(null, ApprovalRule.ANY, anna.personId())));
        signOffs.service().cancel(admin, first.id(), new NoteForm(null, 0));
        SignOff second = signOffs.request(admin, SignOffDraft.about("program.stage", 7L, "Stage 1 accepted", "/programs/1")
                .withStep(SignOffDraft.Step.of(null, ApprovalRule.ANY, boris.personId())));
        SubjectSignOffs subject = signOffs.service().forSubject(admin, "program.stage", 7L);
        assertThat(subject.latest().orElseThrow().id()).isEqualTo(second.id());
        assertThat(subject.history()).extracting(SignOff::id).containsExactly(first.id());
        assertThat(signOffs.service().latestForSubjects(admin, "program.stage", java.util.List.of(7L, 8L)))
                .containsOnlyKeys(7L);
    }
}
