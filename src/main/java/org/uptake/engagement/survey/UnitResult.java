package org.uptake.engagement.survey;

import java.math.BigDecimal;

/**
 * A unit's result (its whole subtree). In anonymous surveys a group below five respondents is never
 * shown: the unit takes its parent's figure ({@code ROLLED_UP}, {@code rolledUpTo} names the parent)
 * or shows "not enough answers", which the readiness gate does not count as failing.
 */
public record UnitResult(long unitId, String unitName, int invited, int respondents, State state, String rolledUpTo,
                         BigDecimal score, BigDecimal supervisorScore, BigDecimal employeeScore) {

    public enum State { SHOWN, ROLLED_UP, NOT_ENOUGH }

    public Integer responseRate() {
        return invited == 0 ? null : respondents * 100 / invited;
    }
}
