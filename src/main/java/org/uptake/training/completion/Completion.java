package org.uptake.training.completion;

import java.math.BigDecimal;
import java.util.List;

/** The program's completion by unit, by wave and overall. */
public record Completion(List<UnitCompletion> units, List<WaveTotal> waves, int people, int completed) {

    public BigDecimal percent() {
        return UnitCompletion.percent(people, completed);
    }

    public record WaveTotal(long waveId, String waveName, int people, int completed) {
        public BigDecimal percent() {
            return UnitCompletion.percent(people, completed);
        }
    }
}
