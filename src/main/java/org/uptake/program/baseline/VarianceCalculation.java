package org.uptake.program.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.program.calendar.WorkingCalendar;

/** Turns the baseline-against-plan rows into slips per task, per phase and for the whole plan, in one pass. */
final class VarianceCalculation {

    private VarianceCalculation() {
    }

    /** Running figures of one phase. */
    private static final class PhaseFigures {
        final Long id;
        final String name;
        final int position;
        LocalDate baselineStart;
        LocalDate baselineFinish;
        LocalDate start;
        LocalDate finish;
        int tasks;
        int late;
        int added;

        PhaseFigures(Long id, String name, int position) {
            this.id = id;
            this.name = name;
            this.position = position;
        }
    }

    static Variance of(Baseline baseline, List<BaselineRepository.Row> rows, WorkingCalendar calendar, Long phaseFilter,
                       boolean everyTask, int maxTasks) {
        WorkdayIndex index = index(rows, calendar);
        Map<Long, PhaseFigures> phases = new LinkedHashMap<>();
        List<TaskVariance> tasks = new ArrayList<>();
        int late = 0;
        int early = 0;
        int added = 0;
        int removed = 0;
        LocalDate baselineEnd = null;
        LocalDate planEnd = null;
        for (BaselineRepository.Row r : rows) {
            TaskVariance t = new TaskVariance(r.taskId(), r.title(), r.phaseId(), r.status(), r.baselineStart(), r.baselineFinish(),
                    r.start(), r.finish(), slip(index, r.baselineStart(), r.start()), slip(index, r.baselineFinish(), r.finish()));
            late += t.late() ? 1 : 0;
            early += t.finishSlip() != null && t.finishSlip() < 0 ? 1 : 0;
            added += t.added() ? 1 : 0;
            removed += t.removed() ? 1 : 0;
            baselineEnd = max(baselineEnd, r.baselineFinish());
            planEnd = max(planEnd, r.finish());
            PhaseFigures p = phases.computeIfAbsent(r.phaseId() == null ? -1L : r.phaseId(),
                    k -> new PhaseFigures(r.phaseId(), r.phaseName(), r.phasePosition()));
            add(p, t);
            boolean wanted = phaseFilter == null || phaseFilter.equals(r.phaseId());
            boolean moved = everyTask || t.added() || t.removed() || nonZero(t.startSlip()) || nonZero(t.finishSlip());
            if (wanted && moved) {
                tasks.add(t);
            }
        }
        if (!everyTask) {
            tasks.sort(Comparator.comparing((TaskVariance t) -> t.finishSlip() == null ? Integer.MIN_VALUE : t.finishSlip()).reversed()
                    .thenComparing(TaskVariance::taskId));
        }
        List<PhaseVariance> phaseList = phases.values().stream()
                .map(p -> new PhaseVariance(p.id, p.name, p.position, p.baselineStart, p.baselineFinish, p.start, p.finish,
                        slip(index, p.baselineStart, p.start), slip(index, p.baselineFinish, p.finish), p.tasks, p.late, p.added))
                .toList();
        return new Variance(baseline, Variance.WORKING_DAYS, baselineEnd, planEnd, slip(index, baselineEnd, planEnd), late, early, added, removed,
                phaseList, tasks.size() > maxTasks ? List.copyOf(tasks.subList(0, maxTasks)) : tasks);
    }

    private static void add(PhaseFigures p, TaskVariance t) {
        p.tasks++;
        p.late += t.late() ? 1 : 0;
        p.added += t.added() ? 1 : 0;
        p.baselineStart = min(p.baselineStart, t.baselineStart());
        p.baselineFinish = max(p.baselineFinish, t.baselineFinish());
        p.start = min(p.start, t.start());
        p.finish = max(p.finish, t.finish());
    }

    private static WorkdayIndex index(List<BaselineRepository.Row> rows, WorkingCalendar calendar) {
        LocalDate from = null;
        LocalDate to = null;
        for (BaselineRepository.Row r : rows) {
            from = min(min(from, r.baselineStart()), r.start());
            to = max(max(to, r.baselineFinish()), r.finish());
        }
        LocalDate today = LocalDate.now();
        return new WorkdayIndex(calendar, from == null ? today : from, to == null ? today : to);
    }

    private static Integer slip(WorkdayIndex index, LocalDate planned, LocalDate actual) {
        return planned == null || actual == null ? null : index.slip(planned, actual);
    }

    private static boolean nonZero(Integer slip) {
        return slip != null && slip != 0;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
