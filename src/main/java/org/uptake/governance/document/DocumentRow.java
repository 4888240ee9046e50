package org.uptake.governance.document;

import java.time.LocalDate;

/** A line of the documents list. */
public record DocumentRow(long id, String title, DocumentKind kind, DocumentStatus status, int revision, String regNumber,
                          LocalDate regDate, LocalDate inForceOn, Long programId) {
}
