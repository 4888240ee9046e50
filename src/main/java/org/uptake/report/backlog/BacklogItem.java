package org.uptake.report.backlog;

import java.time.Instant;

/** An item of the further-development backlog; {@code problemId} links it to the problem it was made from. */
public record BacklogItem(long id, long programId, String title, String description, BacklogSource source, Long problemId,
                          BacklogPriority priority, BacklogStatus status, int version, Instant createdAt) {
}
