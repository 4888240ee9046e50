package org.uptake.engagement.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Respondents of a group and the sum and count of their readiness answers (1–5). The score maps the
 * mean to 0–100 (1 → 0, 3 → 50, 5 → 100), so it reads like the gate's other percentages.
 */
public record Tally(int respondents, long readinessSum, long readinessCount) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(respondents + other.respondents, readinessSum + other.readinessSum, readinessCount + other.readinessCount);
    }

    /** 0–100 with two decimals, or null without readiness answers. */
    public BigDecimal score() {
        if (readinessCount == 0) {
            return null;
        }
        return BigDecimal.valueOf(readinessSum - readinessCount).multiply(BigDecimal.valueOf(25))
                .divide(BigDecimal.valueOf(readinessCount), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
