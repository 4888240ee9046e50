package org.uptake.support.sla;

/** How badly a problem stops work; the SLA sub-feature owns the levels because its hours follow them. */
public enum ProblemSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
