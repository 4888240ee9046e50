package org.uptake.support;

/** How badly a problem stops work; the SLA hours follow it. */
public enum ProblemSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
