package org.uptake.competency.plan;

/** Where a training need came from: an assessment gap, a change of duties, an attestation, or someone's judgement. */
public enum PlanSource {
    GAP, DUTY_CHANGE, ATTESTATION, MANUAL
}
