package org.uptake.rollout.parallel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A run's reconciliation: its checks, the readings by day (newest first) and the exit rule's state — how
 * many consecutive days up to the latest have every check within tolerance.
 */
public record Reconciliation(ParallelRun run, List<ReconciliationCheck> checks, List<Day> days, int matchingStreak) {

    public record Day(LocalDate day, Map<Long, Reading> readings, boolean complete, boolean matches) {
    }

    public boolean exitMet() {
        return !checks.isEmpty() && matchingStreak >= run.matchingDays();
    }
}
