package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.program.plan.WaveSteps;
import org.uptake.support.ProgramTest;

/** The rollout's entry point: per-wave and per-unit steps become tasks dated from go-live, and move with it. */
class WaveStepsTests extends ProgramTest {

    private record Row(String key, LocalDate start, Long unit) {
    }

    private List<Row> waveTasks(long programId, long wave) {
        return jdbc.sql("select source_key, planned_start, unit_id from program_task where program_id = ? and wave_id = ? order by source_key, unit_id")
                .params(programId, wave).query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, Long.class))).list();
    }

    @Test
    void createsTheStepsOfAWaveAndItsUnitsAtTheirOffsetsAndMovesThemWithTheGoLive() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        WaveSteps waves = fixtures.bean(WaveSteps.class);
        LocalDate goLive = LocalDate.of(2030, 9, 2);

        waves.materialiseWave(w.coordinator(), p.id(), 7L, List.of(w.station().id()), goLive);
        waves.materialiseUnit(w.coordinator(), p.id(), 7L, w.station().id(), goLive);

        assertThat(waveTasks(p.id(), 7L)).containsExactly(
                new Row("unit-access", LocalDate.of(2030, 8, 26), w.station().id()),
                new Row("wave-hypercare", goLive, null),
                new Row("wave-training", LocalDate.of(2030, 8, 19), null));

        waves.moveWave(w.coordinator(), p.id(), 7L, LocalDate.of(2030, 9, 16));
        assertThat(waveTasks(p.id(), 7L)).extracting(Row::start).containsExactly(
                LocalDate.of(2030, 9, 9), LocalDate.of(2030, 9, 16), LocalDate.of(2030, 9, 2));
    }

    @Test
    void askingAgainForTheSameWaveMovesItsTasksInsteadOfAddingNewOnes() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        WaveSteps waves = fixtures.bean(WaveSteps.class);
        waves.materialiseWave(w.coordinator(), p.id(), 8L, List.of(), LocalDate.of(2030, 9, 2));
        waves.materialiseWave(w.coordinator(), p.id(), 8L, List.of(), LocalDate.of(2030, 10, 7));

        assertThat(waveTasks(p.id(), 8L)).hasSize(2)
                .extracting(Row::start).containsExactly(LocalDate.of(2030, 10, 7), LocalDate.of(2030, 9, 23));
    }
}
