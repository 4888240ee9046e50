package org.uptake.support;

import jakarta.validation.constraints.NotNull;

/** Marks this problem a duplicate of {@code intoId}; it follows that problem from then on. */
public record MergeForm(@NotNull Long intoId, int version) {
}
