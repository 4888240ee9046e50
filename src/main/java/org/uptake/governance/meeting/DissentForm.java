package org.uptake.governance.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A dissenting opinion in writing: the actor's own, or a member's handed to the secretary. */
public record DissentForm(@NotBlank @Size(max = 8000) String text, Long personId) {
}
