package org.uptake.rollout.migration;

public enum TestResult {
    PASSED, FAILED
}
