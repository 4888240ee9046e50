package org.uptake.measure;

/**
 * How far a period's actual value falls short of its plan: within the small threshold it is on plan;
 * between the thresholds a small gap (optimise the promotion); beyond the large one a large gap
 * (correct the strategy) — seed 002:784.
 */
public enum GapLevel {
    ON_PLAN, SMALL, LARGE
}
