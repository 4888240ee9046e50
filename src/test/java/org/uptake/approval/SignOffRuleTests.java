package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.approval.event.SignOffStepOpened;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

/** The rules any / all / quorum and sequential steps, as the requesting modules experience them. */
@RecordApplicationEvents
class SignOffRuleTests extends IntegrationTest {

    @Autowired
    private ApplicationEvents events;

    private SignOffFixtures signOffs;
    private Actor admin;
    private Actor anna;
    private Actor boris;
    private Actor clara;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        admin = fixtures.newOrganization();
        anna = signOffs.approver(admin, null);
        boris = signOffs.approver(admin, null);
        clara = signOffs.approver(admin, null);
    }

    @Test
    void anyIsApprovedByTheFirstApproval() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna, boris);
        SignOff after = signOffs.approve(boris, s.id());
        assertThat(after.status()).isEqualTo(SignOffStatus.APPROVED);
        assertThat(after.decidedAt()).isNotNull();
        assertThat(events.stream(SignOffApproved.class).filter(e -> e.signOffId() == s.id())).hasSize(1);
    }

    @Test
    void anyIsRejectedOnlyWhenEveryApproverHasRejected() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna, boris);
        assertThat(signOffs.reject(anna, s.id(), "Not yet").status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(signOffs.reject(boris, s.id(), "No").status()).isEqualTo(SignOffStatus.REJECTED);
    }

    @Test
    void allNeedsEveryApprovalAndFailsOnTheFirstRejection() {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, anna, boris, clara);
        assertThat(signOffs.approve(anna, s.id()).status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(signOffs.approve(boris, s.id()).status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(signOffs.approve(clara, s.id()).status()).isEqualTo(SignOffStatus.APPROVED);

        SignOff second = signOffs.request(admin, ApprovalRule.ALL, null, anna, boris, clara);
        signOffs.approve(anna, second.id());
        SignOff rejected = signOffs.reject(boris, second.id(), "The budget is missing");
        assertThat(rejected.status()).isEqualTo(SignOffStatus.REJECTED);
        SignOffRejected event = events.stream(SignOffRejected.class).filter(e -> e.signOffId() == second.id())
                .findFirst().orElseThrow();
        assertThat(event.rejectedByPersonId()).isEqualTo(boris.personId());
        assertThat(event.reason()).isEqualTo("The budget is missing");
    }

    @Test
    void quorumIsApprovedWhenNApproveAndRejectedWhenNCanNoLongerBeReached() {
        SignOff approved = signOffs.request(admin, ApprovalRule.QUORUM, 2, anna, boris, clara);
        signOffs.reject(anna, approved.id(), "I disagree");
        assertThat(signOffs.approve(boris, approved.id()).status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(signOffs.approve(clara, approved.id()).status()).isEqualTo(SignOffStatus.APPROVED);

        SignOff rejected = signOffs.request(admin, ApprovalRule.QUORUM, 2, anna, boris, clara);
        signOffs.approve(anna, rejected.id());
        assertThat(signOffs.reject(boris, rejected.id(), "No").status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(signOffs.reject(clara, rejected.id(), "No").status()).isEqualTo(SignOffStatus.REJECTED);
    }

    @Test
    void sequentialStepsOpenOneAfterAnother() {
        SignOff s = signOffs.request(admin, SignOffDraft.about("free", null, "Go-live of the pilot", null)
                .withStep(SignOffDraft.Step.of("Unit head", ApprovalRule.ANY, anna.personId()))
                .withStep(SignOffDraft.Step.of("Sponsor", ApprovalRule.ANY, boris.personId())));
        assertThat(s.currentStep()).isEqualTo(1);
        assertThatThrownBy(() -> signOffs.approve(boris, s.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("approval.error.stepNotOpen"));

        SignOff afterHead = signOffs.approve(anna, s.id());
        assertThat(afterHead.status()).isEqualTo(SignOffStatus.OPEN);
        assertThat(afterHead.currentStep()).isEqualTo(2);
        assertThat(events.stream(SignOffStepOpened.class).filter(e -> e.signOffId() == s.id())
                .map(SignOffStepOpened::approverPersonIds))
                .containsExactly(List.of(anna.personId()), List.of(boris.personId()));

        assertThat(signOffs.approve(boris, s.id()).status()).isEqualTo(SignOffStatus.APPROVED);
    }

    @Test
    void conditionsOfTheRoundTravelWithTheApprovedEvent() {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, anna, boris);
        signOffs.decide(anna, s.id(), SignOffDecision.APPROVED_WITH_CONDITIONS, "Fine, but",
                "Train the night shift first", "Keep the old system for a week");
        signOffs.approve(boris, s.id());
        SignOffApproved event = events.stream(SignOffApproved.class).filter(e -> e.signOffId() == s.id())
                .findFirst().orElseThrow();
        assertThat(event.subjectType()).isEqualTo("free");
        assertThat(event.conditions()).extracting(c -> c.text())
                .containsExactly("Train the night shift first", "Keep the old system for a week");
        assertThat(event.conditions()).allSatisfy(c -> assertThat(c.approverPersonId()).isEqualTo(anna.personId()));
    }
}
