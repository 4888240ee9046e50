package org.uptake.support;

import org.uptake.support.sla.ProblemSeverity;
import java.time.Instant;

/** A problem as the list shows it, with its unit, reporter and owner named. */
public record ProblemRow(long id, ProblemType type, ProblemSeverity severity, ProblemStatus status, String title,
                         String unitName, String reporterName, String ownerName, String programName,
                         Instant slaDueAt, Instant pausedAt, Instant resolvedAt, Instant createdAt) {

    public boolean breached(Instant now) {
        if (resolvedAt != null) {
            return resolvedAt.isAfter(slaDueAt);
        }
        return status.open() && pausedAt == null && now.isAfter(slaDueAt);
    }
}
