package org.uptake.program.baseline;

import java.time.LocalDate;

/**
 * One task against a baseline: its dates then and now and the slip in working days (positive = later).
 * A task added since has no baseline dates; one no longer in the plan has no current dates.
 */
public record TaskVariance(long taskId, String title, Long phaseId, String status, LocalDate baselineStart,
                           LocalDate baselineFinish, LocalDate start, LocalDate finish, Integer startSlip, Integer finishSlip) {

    public boolean added() {
        return baselineStart == null;
    }

    public boolean removed() {
        return start == null;
    }

    public boolean late() {
        return finishSlip != null && finishSlip > 0;
    }
}
