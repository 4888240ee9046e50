package org.uptake.rollout.pilot;

import java.time.Instant;

/** A pilot finding of one wave. */
public record Finding(long id, long programId, long waveId, FindingKind kind, Severity severity, String title,
                      String description, FindingStatus status, String fix, String reportedByName, Instant closedAt,
                      Instant createdAt, int version) {
}
