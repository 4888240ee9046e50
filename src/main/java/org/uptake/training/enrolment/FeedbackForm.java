package org.uptake.training.enrolment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant's feedback on a session: a rating 1–5 and an optional comment. */
public record FeedbackForm(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
}
