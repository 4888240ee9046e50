package org.uptake.report.status;

import java.util.ArrayList;
import java.util.List;

/**
 * The stated rule that proposes a program's health (docs/adr/0016): each of five inputs proposes a level
 * and the worst one wins. The thresholds are constants here and printed on the report page.
 * <ul>
 *   <li>milestones: any milestone later than its baseline or overdue → AMBER; one {@value #MILESTONE_RED_DAYS}
 *       working days or more behind → RED;</li>
 *   <li>critical tasks (on the critical path) overdue: one → AMBER; {@value #CRITICAL_RED} or more → RED;</li>
 *   <li>readiness of units going live within {@value #READINESS_HORIZON_DAYS} days: one not ready → AMBER;
 *       half or more of them not ready → RED;</li>
 *   <li>open critical problems: one → AMBER; {@value #PROBLEMS_RED} or more → RED;</li>
 *   <li>KPI gaps: the measure module's KPI health (a large gap → AMBER; repeated or widespread → RED).</li>
 * </ul>
 */
public final class RagRule {

    public static final int MILESTONE_RED_DAYS = 10;
    public static final int CRITICAL_RED = 3;
    public static final int READINESS_HORIZON_DAYS = 14;
    public static final int PROBLEMS_RED = 3;

    private RagRule() {
    }

    /** What the rule looks at, already counted. */
    public record Inputs(int slippedMilestones, int worstMilestoneSlip, int overdueCriticalTasks, int unitsDueSoon,
                         int unitsDueSoonNotReady, long openCriticalProblems, Rag kpiHealth, int largeGaps) {
    }

    public record Verdict(Rag rag, List<RagReason> reasons) {
    }

    public static Verdict apply(Inputs in) {
        List<RagReason> reasons = new ArrayList<>();
        if (in.slippedMilestones() > 0) {
            Rag level = in.worstMilestoneSlip() >= MILESTONE_RED_DAYS ? Rag.RED : Rag.AMBER;
            reasons.add(new RagReason("milestones", level, List.of(in.slippedMilestones(), in.worstMilestoneSlip())));
        }
        if (in.overdueCriticalTasks() > 0) {
            Rag level = in.overdueCriticalTasks() >= CRITICAL_RED ? Rag.RED : Rag.AMBER;
            reasons.add(new RagReason("critical", level, List.of(in.overdueCriticalTasks())));
        }
        if (in.unitsDueSoonNotReady() > 0) {
            Rag level = in.unitsDueSoonNotReady() * 2 >= in.unitsDueSoon() ? Rag.RED : Rag.AMBER;
            reasons.add(new RagReason("readiness", level, List.of(in.unitsDueSoonNotReady(), in.unitsDueSoon())));
        }
        if (in.openCriticalProblems() > 0) {
            Rag level = in.openCriticalProblems() >= PROBLEMS_RED ? Rag.RED : Rag.AMBER;
            reasons.add(new RagReason("problems", level, List.of(in.openCriticalProblems())));
        }
        if (in.kpiHealth() != null && in.kpiHealth() != Rag.GREEN) {
            reasons.add(new RagReason("kpis", in.kpiHealth(), List.of(in.largeGaps())));
        }
        Rag rag = reasons.stream().map(RagReason::level).reduce(Rag.GREEN, Rag::worst);
        return new Verdict(rag, reasons);
    }
}
