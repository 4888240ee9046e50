package org.uptake.program.budget;

import java.util.List;

/** Planned against actual for the whole budget, per kind and per phase (lines without a phase under a null phase). */
public record BudgetTotals(String currency, Total overall, List<Total> byKind, List<Total> byPhase) {

    /** One group's sums; {@code key} is the kind's name or the phase id, {@code label} the phase name. */
    public record Total(String key, String label, long plannedMinor, long actualMinor) {

        public long remainingMinor() {
            return plannedMinor - actualMinor;
        }

        public int percentSpent() {
            return plannedMinor == 0 ? (actualMinor > 0 ? 100 : 0) : (int) Math.min(999, actualMinor * 100 / plannedMinor);
        }
    }
}
