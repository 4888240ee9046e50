package org.uptake.rollout.pilot;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * When a wave counts as stable, per program: no open critical findings, a number of days since
 * its last unit went live, and optionally a minimum readiness-survey score of its units.
 */
public record StabilityRule(boolean noOpenCritical, @Min(0) @Max(365) int stableDays,
                            @DecimalMin("0") @DecimalMax("100") BigDecimal minSurveyScore, int version) {

    public static final StabilityRule DEFAULT = new StabilityRule(true, 5, null, 0);
}
