package org.uptake.program.baseline;

import java.time.LocalDate;

/** A phase against a baseline: the span of its tasks then and now, the slip of both ends, how many tasks are late. */
public record PhaseVariance(Long phaseId, String name, int position, LocalDate baselineStart, LocalDate baselineFinish,
                           LocalDate start, LocalDate finish, Integer startSlip, Integer finishSlip, int tasks, int late,
                           int added) {
}
