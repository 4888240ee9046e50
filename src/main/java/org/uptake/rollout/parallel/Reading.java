package org.uptake.rollout.parallel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/** One day's counts of a check in the legacy and the new system, with where they came from. */
public record Reading(long checkId, LocalDate day, BigDecimal legacyValue, BigDecimal newValue, String source, String enteredByName) {

    /** The difference in percent of the legacy count (0 when both are 0; 100 when only the legacy count is 0). */
    public BigDecimal deviationPercent() {
        BigDecimal diff = newValue.subtract(legacyValue).abs();
        if (legacyValue.signum() == 0) {
            return diff.signum() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(100);
        }
        return diff.multiply(BigDecimal.valueOf(100)).divide(legacyValue.abs(), MathContext.DECIMAL64).setScale(2,
                java.math.RoundingMode.HALF_UP);
    }

    public boolean within(BigDecimal tolerancePercent) {
        return deviationPercent().compareTo(tolerancePercent) <= 0;
    }
}
