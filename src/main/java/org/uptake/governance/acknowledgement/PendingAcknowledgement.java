package org.uptake.governance.acknowledgement;

import java.time.LocalDate;

/** A document waiting for the person's "read and understood", for their home page. */
public record PendingAcknowledgement(long documentId, String title, String regNumber, int revision, LocalDate dueOn) {
}
