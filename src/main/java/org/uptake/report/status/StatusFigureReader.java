package org.uptake.report.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.measure.Kpi;
import org.uptake.measure.KpiHealth;
import org.uptake.measure.KpiService;
import org.uptake.measure.adoption.AdoptionFigures;
import org.uptake.measure.adoption.AdoptionService;
import org.uptake.measure.benefit.Benefit;
import org.uptake.measure.benefit.BenefitService;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.baseline.Baseline;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.baseline.TaskVariance;
import org.uptake.program.baseline.Variance;
import org.uptake.program.gantt.GanttService;
import org.uptake.program.gantt.GanttTask;
import org.uptake.program.gantt.TaskFilter;
import org.uptake.program.plan.PhaseSummary;
import org.uptake.program.plan.PlanService;
import org.uptake.rollout.gate.GateService;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.trend.OpenProblems;
import org.uptake.support.trend.TrendService;
import org.uptake.support.trend.Trends;
import org.uptake.training.completion.Completion;
import org.uptake.training.completion.CompletionService;

/**
 * Reads a program's figures now through the other modules' public services, for a report snapshot and for
 * the live dashboard alike. Each module answers for the whole program at once (no per-unit or per-task loop).
 */
@Component
public class StatusFigureReader {

    private static final int MAX_LISTED = 20;

    private final ProgramService programs;
    private final PlanService plans;
    private final BaselineService baselines;
    private final GanttService gantt;
    private final ReadinessService readiness;
    private final GateService gates;
    private final CompletionService completion;
    private final TrendService trends;
    private final KpiService kpis;
    private final AdoptionService adoption;
    private final BenefitService benefits;

    StatusFigureReader(ProgramService programs, PlanService plans, BaselineService baselines, GanttService gantt,
                       ReadinessService readiness, GateService gates, CompletionService completion, TrendService trends,
                       KpiService kpis, AdoptionService adoption, BenefitService benefits) {
        this.programs = programs;
        this.plans = plans;
        this.baselines = baselines;
        this.gantt = gantt;
        this.readiness = readiness;
        this.gates = gates;
        this.completion = completion;
        this.trends = trends;
        this.kpis = kpis;
        this.adoption = adoption;
        this.benefits = benefits;
    }

    /** The figures of the program today, for the period given (problems reported and decisions taken in it). */
    public StatusFigures read(Actor actor, long programId, LocalDate periodStart, LocalDate periodEnd) {
        Program program = programs.find(actor, programId);
        LocalDate today = LocalDate.now();
        Baseline baseline = baselines.latest(actor, programId).orElse(null);
        List<GanttTask> tasks = gantt.data(actor, programId, TaskFilter.NONE, baseline == null ? null : baseline.id()).tasks();
        Variance variance = baseline == null ? null : baselines.variance(actor, programId, baseline.id(), null, true, Integer.MAX_VALUE);
        List<UnitReadiness> board = readiness.board(actor, programId, null);
        KpiHealth health = kpis.health(actor, programId);
        OpenProblems open = trends.open(actor, programId);
        List<StatusFigures.Milestone> milestones = slippedMilestones(tasks, variance, today);
        List<StatusFigures.OverdueTask> critical = overdueCritical(tasks);
        StatusFigures.Readiness ready = readiness(board, today);
        List<Kpi> kpiList = kpis.list(actor, programId, PageRequest.first(PageRequest.MAX_SIZE)).items();
        RagRule.Verdict verdict = RagRule.apply(new RagRule.Inputs(milestones.size(),
                milestones.stream().mapToInt(StatusFigures.Milestone::slipDays).max().orElse(0), critical.size(),
                ready.dueSoon(), ready.dueSoonNotReady(), open.critical(), Rag.valueOf(health.health().name()), health.largeGaps()));
        return new StatusFigures(today, program.name(), program.status().name(), plan(actor, programId), schedule(variance),
                limit(milestones), limit(critical), ready, training(actor, programId), problems(actor, programId, open, periodStart, periodEnd),
                new StatusFigures.KpiSummary(health.health().name(), health.kpis(), health.measured(), health.largeGaps(), health.smallGaps()),
                kpiList.stream().map(StatusFigureReader::kpi).toList(), adoption(actor, programId), benefits(actor, programId),
                decisions(actor, programId, board, periodStart, periodEnd), verdict.reasons());
    }

    private StatusFigures.Plan plan(Actor actor, long programId) {
        List<PhaseSummary> phases = plans.phases(actor, programId);
        long tasks = phases.stream().mapToLong(PhaseSummary::tasks).sum();
        long done = phases.stream().mapToLong(PhaseSummary::done).sum();
        long overdue = phases.stream().mapToLong(PhaseSummary::overdue).sum();
        return new StatusFigures.Plan(tasks, done, overdue, tasks == 0 ? 0 : (int) (done * 100 / tasks),
                phases.stream().map(p -> new StatusFigures.PhaseFigure(p.name(), p.status().name(), p.percentDone(), p.overdue())).toList());
    }

    private static StatusFigures.Schedule schedule(Variance v) {
        if (v == null) {
            return new StatusFigures.Schedule(null, null, null, null, 0);
        }
        return new StatusFigures.Schedule(v.baseline().name(), v.baselineFinish(), v.planFinish(), v.finishSlip(), v.late());
    }

    /** Milestones later than their baseline (slip in working days) or past their date and not done (days overdue). */
    static List<StatusFigures.Milestone> slippedMilestones(List<GanttTask> tasks, Variance variance, LocalDate today) {
        Map<Long, Integer> slips = new HashMap<>();
        if (variance != null) {
            for (TaskVariance t : variance.tasks()) {
                if (t.finishSlip() != null) {
                    slips.put(t.taskId(), t.finishSlip());
                }
            }
        }
        List<StatusFigures.Milestone> result = new ArrayList<>();
        for (GanttTask t : tasks) {
            if (!t.milestone() || "CANCELLED".equals(t.status())) {
                continue;
            }
            int slip = "DONE".equals(t.status()) ? 0 : Math.max(0, slips.getOrDefault(t.id(), 0));
            int late = t.overdue() ? (int) ChronoUnit.DAYS.between(t.end(), today) : 0;
            if (slip > 0 || t.overdue()) {
                result.add(new StatusFigures.Milestone(t.name(), t.baselineEnd(), t.end(), Math.max(slip, late), t.overdue()));
            }
        }
        result.sort(Comparator.comparingInt(StatusFigures.Milestone::slipDays).reversed());
        return result;
    }

    static List<StatusFigures.OverdueTask> overdueCritical(List<GanttTask> tasks) {
        return tasks.stream().filter(t -> t.critical() && t.overdue())
                .sorted(Comparator.comparing(GanttTask::end))
                .map(t -> new StatusFigures.OverdueTask(t.name(), t.end(), t.owner())).toList();
    }

    static StatusFigures.Readiness readiness(List<UnitReadiness> board, LocalDate today) {
        int ready = 0;
        int live = 0;
        int scoreSum = 0;
        int dueSoon = 0;
        int dueSoonNotReady = 0;
        LocalDate horizon = today.plusDays(RagRule.READINESS_HORIZON_DAYS);
        for (UnitReadiness u : board) {
            ready += u.ready() ? 1 : 0;
            live += u.unit().live() ? 1 : 0;
            scoreSum += u.score();
            LocalDate goLive = u.unit().plannedGoLive();
            if (!u.unit().live() && goLive != null && !goLive.isAfter(horizon)) {
                dueSoon++;
                dueSoonNotReady += u.ready() ? 0 : 1;
            }
        }
        return new StatusFigures.Readiness(board.size(), ready, live, board.isEmpty() ? 0 : scoreSum / board.size(), dueSoon, dueSoonNotReady);
    }

    private StatusFigures.Training training(Actor actor, long programId) {
        Completion c = completion.board(actor, programId, null);
        return new StatusFigures.Training(c.people(), c.completed(), c.percent());
    }

    private StatusFigures.Problems problems(Actor actor, long programId, OpenProblems open, LocalDate from, LocalDate to) {
        int weeks = (int) Math.min(TrendService.MAX_WEEKS, ChronoUnit.WEEKS.between(from, LocalDate.now()) + 2);
        Trends t = trends.trends(actor, programId, Math.max(1, weeks));
        long reported = 0;
        long resolved = 0;
        for (int i = 0; i < t.weeks().size(); i++) {
            LocalDate week = t.weeks().get(i);
            if (!week.isBefore(from.minusDays(6)) && !week.isAfter(to)) {
                reported += t.reported().get(i);
                resolved += t.resolved().get(i);
            }
        }
        return new StatusFigures.Problems(open.open(), open.critical(), open.high(), reported, resolved, t.slaMetPercent());
    }

    private static StatusFigures.KpiFigure kpi(Kpi k) {
        return new StatusFigures.KpiFigure(k.code(), k.name(), k.unitOfMeasure(), k.baselineValue(), k.targetValue(), k.targetDate(),
                k.latestValue(), k.latestOn(), k.openGap() == null ? null : k.openGap().name());
    }

    private StatusFigures.Adoption adoption(Actor actor, long programId) {
        AdoptionFigures.Day today = adoption.figures(actor, programId, 1).today();
        return today == null ? new StatusFigures.Adoption(0, 0, 0) : new StatusFigures.Adoption(today.active(), today.scope(), today.percent());
    }

    private StatusFigures.Benefits benefits(Actor actor, long programId) {
        List<Benefit> all = benefits.list(actor, programId, PageRequest.first(PageRequest.MAX_SIZE)).items();
        int[] by = new int[4];
        all.forEach(b -> by[b.status().ordinal()]++);
        return new StatusFigures.Benefits(all.size(), by[0], by[1], by[2], by[3]);
    }

    private List<StatusFigures.Decision> decisions(Actor actor, long programId, List<UnitReadiness> board, LocalDate from, LocalDate to) {
        Map<Long, String> unitNames = new HashMap<>();
        board.forEach(u -> unitNames.put(u.unit().id(), u.unit().unitName()));
        return gates.latestDecisions(actor, programId).values().stream()
                .filter(d -> !d.decidedOn().isBefore(from) && !d.decidedOn().isAfter(to))
                .sorted(Comparator.comparing(org.uptake.rollout.gate.GateDecision::decidedAt))
                .map(d -> new StatusFigures.Decision(d.decidedOn(), unitNames.getOrDefault(d.waveUnitId(), "?"), d.outcome().name(),
                        d.decidedByName())).toList();
    }

    private static <T> List<T> limit(List<T> list) {
        return list.size() > MAX_LISTED ? list.subList(0, MAX_LISTED) : list;
    }
}
