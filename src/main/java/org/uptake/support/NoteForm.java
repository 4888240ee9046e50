package org.uptake.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a problem, or the reporter's answer to the team's question (which restarts the SLA clock). */
public record NoteForm(@NotBlank @Size(max = 8000) String body) {
}
