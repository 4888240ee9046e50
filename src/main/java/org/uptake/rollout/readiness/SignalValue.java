package org.uptake.rollout.readiness;

import java.math.BigDecimal;

/**
 * One reading of a readiness signal: the criterion, the unit, the value (percent, count, score or 1/0
 * for yes/no) and the source that produced it ("training", "support", …), with an optional note
 * shown on the board ("12 of 14 trained").
 */
public record SignalValue(CriterionKind kind, long unitId, BigDecimal value, String source, String note) {

    public static SignalValue of(CriterionKind kind, long unitId, BigDecimal value, String source) {
        return new SignalValue(kind, unitId, value, source, null);
    }

    /**
     * A reading that has no figure and must not count as failing: a survey unit with too few answers to show
     * (docs/adr/0015). The board shows "—" with the note; the criterion passes.
     */
    public static SignalValue notApplicable(CriterionKind kind, long unitId, String source, String note) {
        return new SignalValue(kind, unitId, null, source, note);
    }

    /** Whether this is a {@link #notApplicable} reading. */
    public boolean applicable() {
        return value != null;
    }

    /** {@code done} of {@code total} as a percentage (rounded down to two places), noted as "done / total". */
    public static SignalValue percent(CriterionKind kind, long unitId, long done, long total, String source) {
        BigDecimal value = BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(total), 2, java.math.RoundingMode.FLOOR)
                .stripTrailingZeros();
        return new SignalValue(kind, unitId, value, source, done + " / " + total);
    }
}
