package org.uptake.report.status;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored status report: the figures as they were at {@code generatedAt} (never changed afterwards), the
 * health the rule proposed, and the health shown — the coordinator's override, with its comment, when
 * they differ.
 */
public record StatusReport(long id, long programId, ReportKind kind, LocalDate periodStart, LocalDate periodEnd, Instant generatedAt,
                           String generatedByName, Rag proposedRag, Rag rag, String overrideComment, String overriddenByName,
                           Instant overriddenAt, StatusFigures figures, int version) {

    public boolean overridden() {
        return overriddenAt != null;
    }

    public enum ReportKind {
        SCHEDULED, ON_DEMAND
    }
}
