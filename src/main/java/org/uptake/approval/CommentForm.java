package org.uptake.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in a request's thread. */
public record CommentForm(@NotBlank @Size(max = 4000) String body) {
}
