package org.uptake.support;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move in the workflow. {@code text} is the resolution when resolving, the question when asking
 * the reporter, and an optional reason otherwise.
 */
public record StatusForm(@NotNull ProblemStatus status, @Size(max = 8000) String text, int version) {

    public String cleanText() {
        return ProblemForm.clean(text);
    }
}
