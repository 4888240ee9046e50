package org.uptake.training.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Completion in a unit (with its subtree): of the people some required course is meant for, how many
 * completed all of theirs. A unit where no course concerns anyone has no value (null percent).
 */
public record UnitCompletion(long unitId, String unitName, Long waveId, String waveName, int people, int completed) {

    public BigDecimal percent() {
        return percent(people, completed);
    }

    static BigDecimal percent(int people, int completed) {
        return people == 0 ? null : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(people), 1, RoundingMode.DOWN);
    }
}
