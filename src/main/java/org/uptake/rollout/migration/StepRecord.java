package org.uptake.rollout.migration;

import java.time.Instant;

/** The evidence of one step: test result (tests only), note, file, when and by whom. */
public record StepRecord(TestResult result, String note, Long fileId, String fileName, Instant at, String byName) {

    public boolean recorded() {
        return at != null;
    }

    public boolean passed() {
        return result == TestResult.PASSED;
    }
}
