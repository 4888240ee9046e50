package org.uptake.measure.benefit;

/** Where a benefit stands: planned, being realised, realised, or given up as not realised. */
public enum BenefitStatus {
    PLANNED, REALISING, REALISED, NOT_REALISED
}
