package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.pilot.Finding;
import org.uptake.rollout.pilot.FindingForm;
import org.uptake.rollout.pilot.FindingKind;
import org.uptake.rollout.pilot.FindingStatus;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.Severity;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.support.RolloutFixtures.Rollout;

class StabilityTests extends RolloutTest {

    private PilotService pilot() {
        return fixtures.bean(PilotService.class);
    }

    @Test
    void theNextWaveGoesLiveOnlyAfterThePilotIsStable() {
        Rollout r = rollouts.rollout(2);
        Wave pilotWave = rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());
        rollouts.wave(r, "Wave 2", false, LocalDate.now(), r.station(1).unit());
        rollouts.live(r, r.station(0));
        Finding bug = pilot().report(r.coordinator(), r.programId(), pilotWave.id(),
                new FindingForm(FindingKind.ERROR, Severity.CRITICAL, "Receipts do not print", null, null, null, 0));
        WaveUnit second = rollouts.waveUnit(r, r.station(1).unit());
        rollouts.manualPass(r, second);
        rollouts.signOff(r, r.station(1));
        rollouts.go(r, r.station(1));

        String refused = refusal(() -> fixtures.bean(GateService.class).goLive(r.coordinator(), r.programId(), second.id(),
                LocalDate.now(), rollouts.waveUnit(r, r.station(1).unit()).version()));
        assertThat(refused).isEqualTo("rollout.error.previousNotStable");
        assertThat(pilot().stability(r.coordinator(), r.programId(), pilotWave.id()).reasons()).extracting(x -> x.code())
                .containsExactly("rollout.stability.openCritical");

        pilot().update(r.coordinator(), r.programId(), bug.id(), new FindingForm(FindingKind.ERROR, Severity.CRITICAL,
                "Receipts do not print", null, FindingStatus.CLOSED, "Printer driver updated", bug.version()));
        Wave current = rollouts.waves().get(r.coordinator(), r.programId(), pilotWave.id());
        pilot().declareStable(r.coordinator(), r.programId(), pilotWave.id(), current.version());
        WaveUnit live = fixtures.bean(GateService.class).goLive(r.coordinator(), r.programId(), second.id(), LocalDate.now(),
                rollouts.waveUnit(r, r.station(1).unit()).version());

        assertThat(live.live()).isTrue();
    }

    @Test
    void rejectsDeclaringAWaveStableWhileItsCriteriaAreNotMet() {
        Rollout r = rollouts.rollout(1);
        Wave pilotWave = rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());

        String code = refusal(() -> pilot().declareStable(r.coordinator(), r.programId(), pilotWave.id(), pilotWave.version()));

        assertThat(code).isEqualTo("rollout.error.notStable");
        assertThat(rollouts.waves().get(r.coordinator(), r.programId(), pilotWave.id()).stable()).isFalse();
    }

    @Test
    void theCoordinatorAloneCannotOverrideStability() {
        Rollout r = rollouts.rollout(1);
        Wave pilotWave = rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());

        assertThatThrownBy(() -> pilot().overrideStable(r.coordinator(), r.programId(), pilotWave.id(), "urgent", pilotWave.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rollouts.waves().get(r.coordinator(), r.programId(), pilotWave.id()).stable()).isFalse();
    }

    @Test
    void theSponsorOverridesStabilityWithARecordedReason() {
        Rollout r = rollouts.rollout(1);
        Wave pilotWave = rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());
        var sponsor = rollouts.sponsor(r);

        String blank = refusal(() -> pilot().overrideStable(sponsor, r.programId(), pilotWave.id(), " ", pilotWave.version()));
        Wave stable = pilot().overrideStable(sponsor, r.programId(), pilotWave.id(), "Season starts; risk accepted", pilotWave.version());

        assertThat(blank).isEqualTo("rollout.error.reasonRequired");
        assertThat(stable.stable()).isTrue();
        assertThat(stable.stableOverrideReason()).isEqualTo("Season starts; risk accepted");
    }
}
