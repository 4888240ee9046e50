package org.uptake.rollout.readiness;

import java.math.BigDecimal;

/**
 * The readiness criteria a program can weigh. {@code source} names the module whose
 * {@link ReadinessSignal} supplies the value; until such a bean exists the value is entered by hand.
 * Problems count open critical problems, so lower is better; every other value passes at or above the threshold.
 */
public enum CriterionKind {
    TRAINING("training", "90", 20, true, false),
    CHECKLIST("rollout", "100", 20, true, false),
    MIGRATION("rollout", "100", 15, true, false),
    PROBLEMS("support", "0", 15, true, true),
    SURVEY("engagement", "70", 10, false, false),
    SIGN_OFF("approval", "1", 20, true, false);

    private final String source;
    private final BigDecimal defaultThreshold;
    private final int defaultWeight;
    private final boolean defaultBlocking;
    private final boolean lowerIsBetter;

    CriterionKind(String source, String threshold, int weight, boolean blocking, boolean lowerIsBetter) {
        this.source = source;
        this.defaultThreshold = new BigDecimal(threshold);
        this.defaultWeight = weight;
        this.defaultBlocking = blocking;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String source() {
        return source;
    }

    public BigDecimal defaultThreshold() {
        return defaultThreshold;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public boolean defaultBlocking() {
        return defaultBlocking;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether a value meets the threshold; a missing value never does. */
    public boolean passes(BigDecimal value, BigDecimal threshold) {
        if (value == null) {
            return false;
        }
        int c = value.compareTo(threshold);
        return lowerIsBetter ? c <= 0 : c >= 0;
    }

    /** The largest value a person may enter by hand: percentages and scores 0–100, counts up to 100000, yes/no 0–1. */
    public BigDecimal maxManual() {
        return switch (this) {
            case PROBLEMS -> new BigDecimal("100000");
            case SIGN_OFF -> BigDecimal.ONE;
            default -> new BigDecimal("100");
        };
    }
}
