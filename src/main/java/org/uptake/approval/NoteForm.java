package org.uptake.approval;

import jakarta.validation.constraints.Size;

/** Cancelling a request or starting a new round: an optional explanation and the version the requester saw. */
public record NoteForm(@Size(max = 1000) String note, int version) {

    public String text() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
