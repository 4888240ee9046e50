package org.uptake.procurement.selection;

import java.time.Instant;

/** A tender document of the procurement plan, stored as a file. */
public record TenderDocument(long id, long fileId, String title, String fileName, long sizeBytes, Instant createdAt) {
}
