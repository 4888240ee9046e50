package org.uptake.support;

import org.uptake.support.sla.ProblemSeverity;
import java.time.Instant;

/**
 * One problem of the log with the names a page shows. The SLA is due at {@code slaDueAt}, which moves
 * later by every pause; while {@code pausedAt} is set the clock stands still.
 */
public record Problem(long id, Long programId, String programName, ProblemType type, ProblemSeverity severity,
                      ProblemStatus status, String title, String description, Long unitId, String unitName,
                      Long reporterPersonId, String reporterName, Long ownerPersonId, String ownerName,
                      String resolution, String materialName, String materialVersion, Long revisionTaskId,
                      Long findingId, Long taskId, Long duplicateOfId, Long faqId, int slaHours, Instant slaDueAt,
                      Instant pausedAt, int pausedMinutes, Instant resolvedAt, Instant closedAt, Instant createdAt,
                      int version) {

    public boolean open() {
        return status.open();
    }

    public boolean paused() {
        return pausedAt != null;
    }

    /** Whether the SLA is missed: resolved after the due time, or still open past it (a paused clock never is). */
    public boolean breached(Instant now) {
        if (resolvedAt != null) {
            return resolvedAt.isAfter(slaDueAt);
        }
        return open() && !paused() && now.isAfter(slaDueAt);
    }
}
