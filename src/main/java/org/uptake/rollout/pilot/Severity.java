package org.uptake.rollout.pilot;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
