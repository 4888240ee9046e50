package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.approval.SignOffRefusedException;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.report.closure.Handover;
import org.uptake.report.closure.HandoverForm;
import org.uptake.report.closure.HandoverService;
import org.uptake.report.closure.HandoverStatus;
import org.uptake.report.wheel.WheelForm;
import org.uptake.report.wheel.WheelKind;
import org.uptake.report.wheel.WheelService;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.ClosureFixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProblemType;
import org.uptake.support.SignOffFixtures;
import org.uptake.support.SupportFixtures;

/** The handover to operations: only after the signed report, accepted only by the line owner, who then takes over. */
class HandoverTests extends IntegrationTest {

    @Autowired
    HandoverService handovers;
    @Autowired
    ProgramService programs;
    @Autowired
    BenefitService benefits;
    @Autowired
    WheelService wheel;

    ClosureFixtures closure;

    @BeforeEach
    void fixtures() {
        closure = new ClosureFixtures(fixtures);
    }

    @Test
    void refusesToAskForAcceptanceBeforeTheFinalReportIsSigned() {
        var w = closure.world();
        Handover prepared = closure.prepareHandover(w);

        assertThatThrownBy(() -> handovers.sendForAcceptance(w.coordinator(), w.id(), prepared.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .containsExactly("handover.missing.finalReport"));
        assertThat(handovers.get(w.coordinator(), w.id()).status()).isEqualTo(HandoverStatus.DRAFT);
    }

    @Test
    void refusesALineOwnerWhoDoesNotHoldTheRole() {
        var w = closure.world();
        var form = new HandoverForm();
        form.setLineOwnerPersonId(w.sponsor().personId());

        assertThatThrownBy(() -> handovers.update(w.coordinator(), w.id(), form)).isInstanceOf(InvalidInputException.class);
        assertThat(handovers.get(w.coordinator(), w.id()).lineOwnerPersonId()).isNull();
    }

    @Test
    void someoneWhoIsNotTheLineOwnerCannotAcceptAndNothingMoves() {
        var w = closure.world();
        var request = closure.sendHandover(w);

        assertThatThrownBy(() -> SignOffFixtures.of(fixtures).approve(w.coordinator(), request.id()))
                .isInstanceOf(SignOffRefusedException.class);
        assertThat(handovers.get(w.coordinator(), w.id()).status()).isEqualTo(HandoverStatus.IN_SIGN_OFF);
        assertThat(programs.find(w.coordinator(), w.id()).status()).isEqualTo(ProgramStatus.ROLLOUT);
    }

    @Test
    void theLineOwnersAcceptanceHandsOverBenefitsProblemsAndMovesTheProgramToOperation() {
        var w = closure.world();
        var benefit = closure.benefit(w, w.org().sponsor().id());
        var support = new SupportFixtures(fixtures);
        var form = SupportFixtures.form(ProblemType.QUESTION, "Where is the booking export?");
        form.setProgramId(w.id());
        var problem = support.problems().report(w.coordinator(), form);
        var activity = new WheelForm();
        activity.setMonth(3);
        activity.setKind(WheelKind.QUALITY_ASSESSMENT);
        activity.setTitle("Yearly booking quality review");
        activity.setOwnerPersonId(w.lineOwner().personId());
        wheel.add(w.coordinator(), w.id(), activity);
        var request = closure.sendHandover(w);

        SignOffFixtures.of(fixtures).approve(w.lineOwner(), request.id());

        assertThat(handovers.get(w.coordinator(), w.id()).status()).isEqualTo(HandoverStatus.ACCEPTED);
        assertThat(programs.find(w.coordinator(), w.id()).status()).isEqualTo(ProgramStatus.IN_OPERATION);
        assertThat(benefits.get(w.coordinator(), w.id(), benefit.id()).ownerPersonId()).isEqualTo(w.lineOwner().personId());
        assertThat(support.problems().get(w.coordinator(), problem.id()).ownerPersonId()).isEqualTo(w.lineOwner().personId());
        assertThat(benefits.edits(w.lineOwner(), w.id())).isTrue();
        assertThat(wheel.scheduled(w.coordinator(), w.id())).hasSize(1);
    }

    @Test
    void theHandoverCannotChangeWhileTheLineOwnerDecides() {
        var w = closure.world();
        closure.sendHandover(w);
        Handover h = handovers.get(w.coordinator(), w.id());
        var change = HandoverForm.of(h);
        change.setFollowUpPlan("Something else");

        assertThatThrownBy(() -> handovers.update(w.coordinator(), w.id(), change)).isInstanceOf(InvalidInputException.class);
        assertThat(handovers.get(w.coordinator(), w.id()).followUpPlan()).isEqualTo("Quarterly review of booking figures");
    }

    @Test
    void refusesAStaleHandoverEdit() {
        var w = closure.world();
        closure.prepareHandover(w);
        var stale = new HandoverForm();
        stale.setSolution("Older text");

        assertThatThrownBy(() -> handovers.update(w.coordinator(), w.id(), stale)).isInstanceOf(StaleVersionException.class);
        assertThat(handovers.get(w.coordinator(), w.id()).solution()).startsWith("Booking system");
    }
}
