package org.uptake.report.closure;

import java.util.List;
import java.util.Optional;
import org.uptake.approval.SignOff;
import org.uptake.measure.benefit.Benefit;
import org.uptake.program.Program;
import org.uptake.program.ProgramMember;
import org.uptake.report.backlog.BacklogItem;
import org.uptake.report.wheel.WheelActivity;
import org.uptake.shared.error.Violation;
import org.uptake.support.ProblemRow;

/**
 * The handover as its page shows it: what the line owner takes over (benefits, open problems, the open
 * backlog, the annual wheel), who may be chosen as line owner, the acceptance request and what is missing.
 */
public record HandoverView(Program program, Handover handover, List<ProgramMember> lineOwners, List<Benefit> benefits,
                           List<ProblemRow> openProblems, List<BacklogItem> backlog, List<WheelActivity> wheel,
                           Optional<SignOff> signOff, List<Violation> missing, boolean edits) {
}
