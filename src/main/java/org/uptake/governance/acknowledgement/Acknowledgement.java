package org.uptake.governance.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;

/** One addressee of one document revision: pending until acknowledged online or on paper. */
public record Acknowledgement(long id, long documentId, int revision, long personId, String personName,
                             String positionTitle, LocalDate dueOn, Instant acknowledgedAt, String method,
                             Long paperFileId, int reminders, Instant escalatedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
