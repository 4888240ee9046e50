package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.procurement.selection.Commitment;
import org.uptake.procurement.selection.CommitmentForm;
import org.uptake.procurement.selection.Selection;
import org.uptake.procurement.selection.SelectionDecisionForm;
import org.uptake.procurement.selection.SelectionDecisions;
import org.uptake.procurement.selection.SelectionStatus;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SelectionFixtures;
import org.uptake.support.SelectionFixtures.Crm;
import org.uptake.support.SignOffFixtures;

/** The decision record: signed off through the approval module; the chosen vendor's commitments become plan milestones. */
class SelectionDecisionTests extends IntegrationTest {

    private SelectionFixtures selections;

    @BeforeEach
    void selections() {
        selections = new SelectionFixtures(fixtures);
    }

    private SelectionDecisions decisions() {
        return fixtures.bean(SelectionDecisions.class);
    }

    private Selection selection(Crm crm) {
        return selections.selections().get(crm.coordinator(), crm.programId(), crm.id());
    }

    @Test
    void refusesADecisionBeforeEveryEvaluatorHasSubmitted() {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());

        assertThatThrownBy(() -> decisions().decide(crm.coordinator(), crm.programId(), crm.id(),
                new SelectionDecisionForm(crm.gamma().id(), "Best fit", List.of(crm.world().sponsor().id()),
                        crm.selection().version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().code())
                        .isEqualTo("selection.error.notAllSubmitted"));
        assertThat(selection(crm).status()).isEqualTo(SelectionStatus.OPEN);
        assertThat(selection(crm).chosenVendorId()).isNull();
    }

    @Test
    void aSignedOffDecisionDecidesTheSelectionAndTurnsTheChosenVendorsCommitmentsIntoMilestones() {
        Crm crm = selections.crm();
        var commitment = selections.vendors().addCommitment(crm.coordinator(), crm.programId(), crm.id(), crm.gamma().id(),
                new CommitmentForm("Configured pilot for two stations", LocalDate.of(2030, 4, 15),
                        "Pilot users complete the test scenarios without help"));
        selections.vendors().addCommitment(crm.coordinator(), crm.programId(), crm.id(), crm.alpha().id(),
                new CommitmentForm("Alpha pilot", LocalDate.of(2030, 4, 15), "Not chosen, so no milestone"));
        selections.scoreAndSubmit(crm, crm.anna());
        selections.scoreAndSubmit(crm, crm.boris());
        var approver = SignOffFixtures.of(fixtures).approver(crm.world().admin(), crm.world().root().id());

        Selection requested = decisions().decide(crm.coordinator(), crm.programId(), crm.id(), new SelectionDecisionForm(
                crm.gamma().id(), "Highest weighted total; stable up to a price weight of 40 %", List.of(approver.personId()),
                selection(crm).version()));
        assertThat(requested.status()).isEqualTo(SelectionStatus.DECISION_REQUESTED);
        SignOffFixtures.of(fixtures).approve(approver, requested.signOffId());

        Selection decided = selection(crm);
        assertThat(decided.status()).isEqualTo(SelectionStatus.DECIDED);
        assertThat(decided.chosenVendorId()).isEqualTo(crm.gamma().id());
        assertThat(decided.decidedAt()).isNotNull();
        List<Commitment> commitments = selections.vendors().commitments(crm.coordinator(), crm.programId(), crm.id());
        Commitment gamma = commitments.stream().filter(c -> c.id() == commitment.id()).findFirst().orElseThrow();
        assertThat(gamma.taskId()).isNotNull();
        assertThat(commitments).filteredOn(c -> c.vendorId() == crm.alpha().id()).allMatch(c -> c.taskId() == null);
        Task milestone = fixtures.bean(TaskService.class).get(crm.coordinator(), crm.programId(), gamma.taskId());
        assertThat(milestone.milestone()).isTrue();
        assertThat(milestone.title()).isEqualTo("Gamma CRM: Configured pilot for two stations");
        assertThat(milestone.completionCriterion()).isEqualTo("Pilot users complete the test scenarios without help");
    }

    @Test
    void aRejectedDecisionReopensTheSelection() {
        Crm crm = selections.crm();
        selections.scoreAndSubmit(crm, crm.anna());
        selections.scoreAndSubmit(crm, crm.boris());
        var approver = SignOffFixtures.of(fixtures).approver(crm.world().admin(), crm.world().root().id());
        Selection requested = decisions().decide(crm.coordinator(), crm.programId(), crm.id(), new SelectionDecisionForm(
                crm.beta().id(), "Cheapest", List.of(approver.personId()), selection(crm).version()));

        SignOffFixtures.of(fixtures).reject(approver, requested.signOffId(), "Quality matters more here");

        assertThat(selection(crm).status()).isEqualTo(SelectionStatus.OPEN);
    }
}
