package org.uptake.report.closure;

import java.time.Instant;

/**
 * The final report of a program: the coordinator's summary and recommendations around the evaluation. When it
 * goes to sign-off its whole content is frozen as {@link ReportContent}; once signed it never changes again.
 */
public record FinalReport(long programId, String summary, String recommendations, FinalReportStatus status, Long signOffId,
                          Instant frozenAt, Instant signedAt, int version) {

    static FinalReport empty(long programId) {
        return new FinalReport(programId, null, null, FinalReportStatus.DRAFT, null, null, null, 0);
    }

    public boolean draft() {
        return status == FinalReportStatus.DRAFT;
    }
}
