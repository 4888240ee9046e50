package org.uptake.process.document;

import java.time.Instant;

/** A document as it was approved. */
public record DocumentRevision(long documentId, int revision, String title, String body, String approvedByName,
                               Instant approvedAt) {
}
