package org.uptake.rollout.migration;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a step records: a test's result, a note (the evidence in words), the records migrated (migrate step). */
public record StepForm(TestResult result, @Size(max = 2000) String note, @PositiveOrZero Long recordsMigrated, int version) {
}
