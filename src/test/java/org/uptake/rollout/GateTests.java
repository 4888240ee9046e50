package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffRefusedException;
import org.uptake.approval.SignOffService;
import org.uptake.rollout.gate.DecisionForm;
import org.uptake.rollout.gate.GateDecision;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.gate.Outcome;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.support.RolloutFixtures.Rollout;
import org.uptake.support.SignOffFixtures;

class GateTests extends RolloutTest {

    private GateService gates() {
        return fixtures.bean(GateService.class);
    }

    private ReadinessService readiness() {
        return fixtures.bean(ReadinessService.class);
    }

    private Rollout pilotOfOne() {
        Rollout r = rollouts.rollout(1);
        rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());
        return r;
    }

    @Test
    void aUnitWhoseHeadHasNotSignedOffIsNotReadyForExactlyThatReason() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);

        UnitReadiness now = readiness().unit(r.coordinator(), r.programId(), u.id());

        assertThat(now.ready()).isFalse();
        assertThat(now.reasons()).extracting(reason -> reason.code()).containsExactly("rollout.reason.SIGN_OFF");
        assertThat(now.score()).isEqualTo(80);
        assertThat(now.result(CriterionKind.SURVEY).manual()).isFalse();
        assertThat(now.result(CriterionKind.SURVEY).source()).isEqualTo("engagement");
    }

    @Test
    void headsSignOffThenGoThenGoLiveTurnsTheUnitGreen() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);

        rollouts.signOff(r, r.station(0));
        GateDecision go = rollouts.go(r, r.station(0));
        WaveUnit before = rollouts.waveUnit(r, r.station(0).unit());
        WaveUnit live = gates().goLive(r.coordinator(), r.programId(), u.id(), LocalDate.now(), before.version());

        assertThat(go.outcome()).isEqualTo(Outcome.GO);
        assertThat(go.snapshot()).contains("\"SIGN_OFF\"").contains("\"score\": 100");
        assertThat(live.liveOn()).isEqualTo(LocalDate.now());
        assertThat(rollouts.waveUnit(r, r.station(0).unit())).satisfies(w -> {
            assertThat(w.score()).isEqualTo(100);
            assertThat(w.ready()).isTrue();
        });
    }

    @Test
    void rejectsGoLiveWithoutAGateDecision() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);
        rollouts.signOff(r, r.station(0));
        WaveUnit current = rollouts.waveUnit(r, r.station(0).unit());

        String code = refusal(() -> gates().goLive(r.coordinator(), r.programId(), u.id(), LocalDate.now(), current.version()));

        assertThat(code).isEqualTo("rollout.error.noGoDecision");
        assertThat(rollouts.waveUnit(r, r.station(0).unit()).live()).isFalse();
    }

    @Test
    void rejectsGoLiveAfterANoGo() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        gates().decide(r.coordinator(), r.programId(), u.id(), new DecisionForm(Outcome.NO_GO, "not ready", List.of()));

        String code = refusal(() -> gates().goLive(r.coordinator(), r.programId(), u.id(), LocalDate.now(), u.version()));

        assertThat(code).isEqualTo("rollout.error.noGoDecision");
        assertThat(rollouts.waveUnit(r, r.station(0).unit()).live()).isFalse();
    }

    @Test
    void rejectsGoLiveDatedBeforeTheDecision() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);
        rollouts.signOff(r, r.station(0));
        rollouts.go(r, r.station(0));
        WaveUnit current = rollouts.waveUnit(r, r.station(0).unit());

        String code = refusal(() -> gates().goLive(r.coordinator(), r.programId(), u.id(), LocalDate.now().minusDays(1),
                current.version()));

        assertThat(code).isEqualTo("rollout.error.liveBeforeDecision");
        assertThat(rollouts.waveUnit(r, r.station(0).unit()).live()).isFalse();
    }

    @Test
    void rejectsGoWhileTheHeadHasNotSignedOff() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);

        String code = refusal(() -> rollouts.go(r, r.station(0)));

        assertThat(code).isEqualTo("rollout.error.goNotReady");
        assertThat(gates().decisions(r.coordinator(), r.programId(), u.id())).isEmpty();
    }

    @Test
    void aConditionalGoTurnsItsConditionsIntoTasks() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manual(r, u, CriterionKind.SURVEY, "50");
        rollouts.signOff(r, r.station(0));
        LocalDate due = r.program().startDate().plusDays(10);

        GateDecision d = gates().decide(r.coordinator(), r.programId(), u.id(), new DecisionForm(Outcome.CONDITIONAL_GO, null,
                List.of(new DecisionForm.Condition("Train the night shift", r.station(0).head().personId(), due))));

        assertThat(d.ready()).isFalse();
        assertThat(d.conditionTaskIds()).hasSize(1);
        assertThat(jdbc.sql("select title from program_task where id = ?").param(d.conditionTaskIds().get(0)).query(String.class)
                .single()).isEqualTo("Train the night shift");
    }

    @Test
    void rejectsAConditionalGoWithoutConditions() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.signOff(r, r.station(0));

        String code = refusal(() -> gates().decide(r.coordinator(), r.programId(), u.id(),
                new DecisionForm(Outcome.CONDITIONAL_GO, null, List.of())));

        assertThat(code).isEqualTo("rollout.error.conditionsRequired");
        assertThat(gates().decisions(r.coordinator(), r.programId(), u.id())).isEmpty();
    }

    @Test
    void aHeadCannotSignOffForAUnitTheyDoNotHead() {
        Rollout r = rollouts.rollout(2);
        rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit(), r.station(1).unit());
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        SignOff request = gates().requestSignOff(r.coordinator(), r.programId(), u.id());

        assertThatThrownBy(() -> SignOffFixtures.of(fixtures).decide(r.station(1).head(), request.id(), SignOffDecision.APPROVED, null))
                .isInstanceOfAny(SignOffRefusedException.class, org.uptake.shared.error.NotFoundException.class);
        assertThat(fixtures.bean(SignOffService.class).find(r.coordinator(), request.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aSignOffTurnsStaleWhenTheUnitsReadinessDropsBeforeGoLive() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);
        SignOff signed = rollouts.signOff(r, r.station(0));

        new org.uptake.support.SurveyFixtures(fixtures).lowReadiness(r, r.station(0));

        SignOff now = fixtures.bean(SignOffService.class).find(r.coordinator(), signed.id()).orElseThrow();
        assertThat(now.stale()).isTrue();
        assertThat(now.holds()).isFalse();
        assertThat(readiness().unit(r.coordinator(), r.programId(), u.id()).reasons()).extracting(x -> x.code())
                .contains("rollout.reason.SIGN_OFF", "rollout.reason.SURVEY");
    }

    @Test
    void rejectsManualValuesForACriterionAModuleSupplies() {
        Rollout r = pilotOfOne();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());

        String code = refusal(() -> readiness().enterManual(r.coordinator(), r.programId(), u.id(), CriterionKind.SURVEY,
                new org.uptake.rollout.readiness.ManualValueForm(new java.math.BigDecimal("40"), "by hand")));

        assertThat(code).isEqualTo("rollout.error.notManual");
        assertThat(readiness().unit(r.coordinator(), r.programId(), u.id()).result(CriterionKind.SURVEY).value()).isNull();
    }
}
