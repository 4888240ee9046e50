package org.uptake.training.enrolment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One line of a bulk attendance: the person, what happened, and the test score (0–100) if there was a test. */
public record AttendanceMark(@NotNull Long personId, @NotNull Attendance attendance, @Min(0) @Max(100) Integer score) {
}
