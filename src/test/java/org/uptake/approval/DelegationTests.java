package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.approval.delegation.DelegationForm;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

/** An acting approver decides for an approver who is away; the record shows both. */
class DelegationTests extends IntegrationTest {

    private SignOffFixtures signOffs;
    private DelegationService delegations;
    private Actor admin;
    private Actor head;
    private Actor deputy;
    private Actor other;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        delegations = fixtures.bean(DelegationService.class);
        admin = fixtures.newOrganization();
        head = signOffs.approver(admin, null);
        deputy = signOffs.approver(admin, null);
        other = signOffs.approver(admin, null);
    }

    private String name(Actor actor) {
        return jdbc.sql("select full_name from person where id = ?").param(actor.personId()).query(String.class).single();
    }

    @Test
    void aDelegateForOneRequestDecidesForTheApproverAndTheRecordShowsBoth() {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, head, other);
        signOffs.service().delegate(head, s.id(), new RequestDelegationForm(deputy.personId(), null, "On holiday"));
        assertThat(signOffs.service().list(deputy, SignOffFilter.waiting(), PageRequest.first(10)).items())
                .singleElement().satisfies(r -> assertThat(r.actingFor()).isEqualTo(name(head)));

        signOffs.approve(deputy, s.id());

        SignOffView.Approver slot = signOffs.service().view(admin, s.id()).currentRound().steps().getFirst().approvers()
                .stream().filter(a -> a.personId() == head.personId()).findFirst().orElseThrow();
        assertThat(slot.decision()).isEqualTo(SignOffDecision.APPROVED);
        assertThat(slot.actingPersonId()).isEqualTo(deputy.personId());
        assertThat(slot.actingName()).isEqualTo(name(deputy));
        assertThatThrownBy(() -> signOffs.approve(head, s.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("approval.error.alreadyDecided"));
    }

    @Test
    void aDelegationForAPeriodCoversEveryRequestOfTheApproverDuringIt() {
        var form = new DelegationForm();
        form.setToPersonId(deputy.personId());
        form.setStartsOn(LocalDate.now().minusDays(1));
        form.setEndsOn(LocalDate.now().plusDays(7));
        form.setReason("Business trip");
        var d = delegations.createForPeriod(head, form, LocalDate.now());
        SignOff first = signOffs.request(admin, ApprovalRule.ANY, null, head);
        SignOff second = signOffs.request(admin, ApprovalRule.ANY, null, head);
        assertThat(signOffs.service().waitingCount(deputy)).isEqualTo(2);

        assertThat(signOffs.approve(deputy, first.id()).status()).isEqualTo(SignOffStatus.APPROVED);
        delegations.revoke(head, d.id(), d.version());
        assertThat(signOffs.service().waitingCount(deputy)).isZero();
        assertThatThrownBy(() -> signOffs.approve(deputy, second.id()))
                .as("no longer involved, the former delegate is told the request does not exist")
                .isInstanceOf(org.uptake.shared.error.NotFoundException.class);
    }

    @Test
    void anApproverWhoIsAlsoADelegateChoosesForWhomTheyDecide() {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, head, deputy);
        signOffs.service().delegate(head, s.id(), new RequestDelegationForm(deputy.personId(), null, null));
        SignOff own = signOffs.approve(deputy, s.id());
        assertThat(own.status()).isEqualTo(SignOffStatus.OPEN);
        SignOff forHead = signOffs.service().decide(deputy, s.id(), new DecisionForm(SignOffDecision.APPROVED, null,
                null, null, head.personId(), own.version()));
        assertThat(forHead.status()).isEqualTo(SignOffStatus.APPROVED);
    }

    @Test
    void refusesDelegatingToOneselfToSomeoneWithoutAnAccountOrSomeoneElsesPlace() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, head);
        long noAccount = fixtures.person(admin, "No Account", null, null).id();
        assertThatThrownBy(() -> signOffs.service().delegate(head, s.id(), new RequestDelegationForm(head.personId(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("approval.error.delegateSelf"));
        assertThatThrownBy(() -> signOffs.service().delegate(head, s.id(), new RequestDelegationForm(noAccount, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("approval.error.delegateNoAccount"));
        assertThatThrownBy(() -> signOffs.service().delegate(other, s.id(),
                new RequestDelegationForm(deputy.personId(), head.personId(), null)))
                .isInstanceOf(org.uptake.shared.error.NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from sign_off_delegation where sign_off_id = ?").param(s.id())
                .query(Long.class).single()).isZero();
    }
}
