package org.uptake.report.closure;

import java.util.List;
import java.util.Optional;
import org.uptake.approval.SignOff;
import org.uptake.program.Program;
import org.uptake.shared.error.Violation;

/**
 * The final report as its page shows it: the content (the frozen snapshot once sent, otherwise live), the
 * sign-off request, what is still missing before it can be sent, and whether the actor may edit it.
 */
public record FinalReportView(Program program, FinalReport report, ReportContent content, Optional<SignOff> signOff,
                              List<Violation> missing, boolean edits) {
}
