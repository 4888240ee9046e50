package org.uptake.program.baseline;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan against one baseline, in working days of the organisation's calendar (weekends and holidays
 * do not count as slip): the whole plan's finish, every phase, and the tasks asked for.
 */
public record Variance(Baseline baseline, String unit, LocalDate baselineFinish, LocalDate planFinish, Integer finishSlip, int late, int early, int added, int removed,
                       List<PhaseVariance> phases, List<TaskVariance> tasks) {

    public static final String WORKING_DAYS = "WORKING_DAYS";
}
