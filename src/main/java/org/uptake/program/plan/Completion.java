package org.uptake.program.plan;

/**
 * Marking a task done: the person confirms its completion criterion and gives evidence (a note, a
 * link or a stored file). {@code overrideReason} is needed when a DEFAULT order still holds it up.
 */
public record Completion(boolean criterionConfirmed, String note, String link, Long fileId, String overrideReason,
                         int version) {

    public boolean hasEvidence() {
        return note != null && !note.isBlank() || link != null && !link.isBlank() || fileId != null;
    }
}
