package org.uptake.program.plan;

/** A phase is open, waiting for its acceptance (e.g. a sign-off another module runs), or accepted. */
public enum PhaseStatus {
    OPEN, ACCEPTANCE_REQUESTED, ACCEPTED
}
