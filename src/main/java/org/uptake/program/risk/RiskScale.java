package org.uptake.program.risk;

/** The 1–5 scales of probability and impact and the bands of their product. */
public final class RiskScale {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private RiskScale() {
    }

    public static String band(int score) {
        if (score >= 20) {
            return "critical";
        }
        if (score >= 10) {
            return "high";
        }
        return score >= 5 ? "medium" : "low";
    }

    static boolean valid(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }
}
