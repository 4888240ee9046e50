package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.RolloutFixtures;
import org.uptake.support.RolloutFixtures.Rollout;

class WaveTests extends RolloutTest {

    private static final LocalDate PILOT = LocalDate.of(2030, 6, 3);

    @Test
    void createsOrderedWavesAndPlansTheirStepsFromGoLive() {
        Rollout r = rollouts.rollout(3);
        Wave pilot = rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());
        Wave second = rollouts.wave(r, "Wave 2", false, PILOT.plusWeeks(4), r.station(1).unit(), r.station(2).unit());

        assertThat(rollouts.waves().list(r.coordinator(), r.programId())).extracting(Wave::name).containsExactly("Pilot", "Wave 2");
        assertThat(second.position()).isEqualTo(pilot.position() + 1);
        assertThat(second.units()).isEqualTo(2);
        assertThat(count("select count(*) from program_task where program_id = ? and wave_id = ? and unit_id is null",
                r.programId(), pilot.id())).as("per-wave steps").isPositive();
        assertThat(count("select count(*) from program_task where program_id = ? and wave_id = ? and unit_id is not null",
                r.programId(), second.id())).as("per-unit steps of two units").isEqualTo(2);
    }

    @Test
    void movingTheGoLiveMovesTheWaveAndItsSteps() {
        Rollout r = rollouts.rollout(1);
        Wave pilot = rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());
        LocalDate anchorBefore = anchorOf(r, pilot);

        var form = RolloutFixtures.waveForm("Pilot", true, PILOT.plusWeeks(2));
        form.setVersion(pilot.version());
        Wave moved = rollouts.waves().update(r.coordinator(), r.programId(), pilot.id(), form);

        assertThat(anchorBefore).isEqualTo(PILOT);
        assertThat(moved.plannedGoLive()).isEqualTo(PILOT.plusWeeks(2));
        assertThat(anchorOf(r, pilot)).isEqualTo(PILOT.plusWeeks(2));
        assertThat(rollouts.waveUnit(r, r.station(0).unit()).plannedGoLive()).isEqualTo(PILOT.plusWeeks(2));
    }

    @Test
    void rejectsWaveScheduledBeforeItsPredecessor() {
        Rollout r = rollouts.rollout(2);
        rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());

        String code = refusal(() -> rollouts.wave(r, "Wave 2", false, PILOT.minusDays(1), r.station(1).unit()));

        assertThat(code).isEqualTo("rollout.error.waveBeforePredecessor");
        assertThat(rollouts.waves().list(r.coordinator(), r.programId())).hasSize(1);
    }

    @Test
    void rejectsUnitInTwoWavesOfOneProgram() {
        Rollout r = rollouts.rollout(2);
        rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());

        String code = refusal(() -> rollouts.wave(r, "Wave 2", false, PILOT.plusWeeks(1), r.station(0).unit(), r.station(1).unit()));

        assertThat(code).isEqualTo("rollout.error.unitInOtherWave");
        assertThat(rollouts.waves().list(r.coordinator(), r.programId())).hasSize(1);
    }

    @Test
    void rejectsUnitOutsideTheProgramsScope() {
        Rollout r = rollouts.rollout(1);
        var outside = fixtures.unit(r.world().admin(), "Elsewhere", null);
        Wave pilot = rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());

        String code = refusal(() -> rollouts.waves().addUnits(r.coordinator(), r.programId(), pilot.id(), List.of(outside.id())));

        assertThat(code).isEqualTo("rollout.error.unitOutsideScope");
        assertThat(rollouts.waves().units(r.coordinator(), r.programId(), pilot.id())).hasSize(1);
    }

    @Test
    void rejectsMovingAUnitToAnotherWaveAfterGoLive() {
        Rollout r = rollouts.rollout(2);
        Wave pilot = rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());
        Wave second = rollouts.wave(r, "Wave 2", false, LocalDate.now().plusWeeks(2), r.station(1).unit());
        WaveUnit live = rollouts.live(r, r.station(0));

        String code = refusal(() -> rollouts.waves().moveUnit(r.coordinator(), r.programId(), live.id(), second.id(), live.version()));

        assertThat(code).isEqualTo("rollout.error.unitLive");
        assertThat(rollouts.waveUnit(r, r.station(0).unit()).waveId()).isEqualTo(pilot.id());
    }

    @Test
    void movesAUnitNotYetLiveToAnotherWave() {
        Rollout r = rollouts.rollout(2);
        rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit(), r.station(1).unit());
        Wave second = rollouts.wave(r, "Wave 2", false, PILOT.plusWeeks(2));
        WaveUnit u = rollouts.waveUnit(r, r.station(1).unit());

        WaveUnit moved = rollouts.waves().moveUnit(r.coordinator(), r.programId(), u.id(), second.id(), u.version());

        assertThat(moved.waveId()).isEqualTo(second.id());
        assertThat(moved.plannedGoLive()).isEqualTo(PILOT.plusWeeks(2));
    }

    @Test
    void rejectsDeletingAWaveWithLiveUnits() {
        Rollout r = rollouts.rollout(1);
        Wave pilot = rollouts.wave(r, "Pilot", true, LocalDate.now(), r.station(0).unit());
        rollouts.live(r, r.station(0));
        Wave current = rollouts.waves().get(r.coordinator(), r.programId(), pilot.id());

        String code = refusal(() -> rollouts.waves().delete(r.coordinator(), r.programId(), pilot.id(), current.version()));

        assertThat(code).isEqualTo("rollout.error.waveHasLiveUnits");
        assertThat(rollouts.waves().list(r.coordinator(), r.programId())).hasSize(1);
    }

    @Test
    void deletesAWaveWithoutLiveUnitsAndCancelsItsSteps() {
        Rollout r = rollouts.rollout(1);
        Wave pilot = rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());

        rollouts.waves().delete(r.coordinator(), r.programId(), pilot.id(), pilot.version());

        assertThat(rollouts.waves().list(r.coordinator(), r.programId())).isEmpty();
        assertThat(count("select count(*) from program_task where program_id = ? and wave_id = ? and status <> 'CANCELLED'",
                r.programId(), pilot.id())).isZero();
    }

    @Test
    void rejectsAStaleWaveEdit() {
        Rollout r = rollouts.rollout(1);
        Wave pilot = rollouts.wave(r, "Pilot", true, PILOT, r.station(0).unit());
        WaveForm first = RolloutFixtures.waveForm("Pilot A", true, PILOT);
        first.setVersion(pilot.version());
        rollouts.waves().update(r.coordinator(), r.programId(), pilot.id(), first);
        WaveForm stale = RolloutFixtures.waveForm("Pilot B", true, PILOT);
        stale.setVersion(pilot.version());

        assertThatThrownBy(() -> rollouts.waves().update(r.coordinator(), r.programId(), pilot.id(), stale))
                .isInstanceOf(StaleVersionException.class);
        assertThat(rollouts.waves().get(r.coordinator(), r.programId(), pilot.id()).name()).isEqualTo("Pilot A");
    }

    private LocalDate anchorOf(Rollout r, Wave wave) {
        return jdbc.sql("select max(anchor_date) from program_task where program_id = ? and wave_id = ?")
                .params(r.programId(), wave.id()).query(LocalDate.class).single();
    }
}
