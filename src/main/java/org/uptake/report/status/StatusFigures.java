package org.uptake.report.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of a status report as it stood when the report was generated. Stored as JSON in the
 * snapshot and never recomputed; only figures and codes live here — labels are rendered at read time
 * in the reader's language.
 */
public record StatusFigures(LocalDate asOf, String programName, String programStatus, Plan plan, Schedule schedule,
                            List<Milestone> slippedMilestones, List<OverdueTask> overdueCritical, Readiness readiness,
                            Training training, Problems problems, KpiSummary kpiSummary, List<KpiFigure> kpis,
                            Adoption adoption, Benefits benefits, List<Decision> decisions, List<RagReason> reasons) {

    public StatusFigures {
        slippedMilestones = List.copyOf(slippedMilestones);
        overdueCritical = List.copyOf(overdueCritical);
        kpis = List.copyOf(kpis);
        decisions = List.copyOf(decisions);
        reasons = List.copyOf(reasons);
    }

    /** Nothing to report yet: no plan, no units in waves, no KPIs, no problems. The page shows an empty state. */
    public boolean empty() {
        return plan.tasks() == 0 && readiness.units() == 0 && kpis.isEmpty() && problems.open() == 0
                && problems.reportedInPeriod() == 0;
    }

    public record Plan(long tasks, long done, long overdue, int percentDone, List<PhaseFigure> phases) {
        public Plan {
            phases = List.copyOf(phases);
        }
    }

    public record PhaseFigure(String name, String status, int percentDone, long overdue) {
    }

    /** Against the newest baseline; all null when the program has none. Slip in working days. */
    public record Schedule(String baselineName, LocalDate baselineFinish, LocalDate planFinish, Integer finishSlip, int lateTasks) {
    }

    public record Milestone(String title, LocalDate baselineFinish, LocalDate finish, int slipDays, boolean overdue) {
    }

    public record OverdueTask(String title, LocalDate deadline, String owner) {
    }

    /** Units in waves: how many, ready now, live, the mean score, and those going live soon that are not ready. */
    public record Readiness(int units, int ready, int live, int averageScore, int dueSoon, int dueSoonNotReady) {
    }

    public record Training(int people, int completed, BigDecimal percent) {
    }

    public record Problems(long open, long critical, long high, long reportedInPeriod, long resolvedInPeriod, Long slaMetPercent) {
    }

    public record KpiSummary(String health, int kpis, int measured, int largeGaps, int smallGaps) {
    }

    public record KpiFigure(String code, String name, String unit, BigDecimal baseline, BigDecimal target, LocalDate targetDate,
                            BigDecimal latest, LocalDate latestOn, String gap) {
    }

    public record Adoption(int active, int scope, double percent) {
    }

    public record Benefits(int total, int planned, int realising, int realised, int notRealised) {
    }

    /** A go/no-go decision of the period. */
    public record Decision(LocalDate on, String unit, String outcome, String by) {
    }
}
