package org.uptake.program.baseline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts remaining tasks at each point of the timeline by binary search over sorted finish dates:
 * O((tasks + points) · log tasks). Points are weekly, or every few weeks so a long plan keeps about
 * {@value #MAX_POINTS} points.
 */
final class BurnDownCalculation {

    static final int MAX_POINTS = 260;

    private BurnDownCalculation() {
    }

    static BurnDown of(LocalDate programStart, LocalDate today, List<LocalDate[]> plan, List<LocalDate> baseline, String baselineName) {
        long[] planFinish = new long[plan.size()];
        long[] doneOn = new long[plan.size()];
        LocalDate end = today;
        for (int i = 0; i < plan.size(); i++) {
            planFinish[i] = plan.get(i)[0].toEpochDay();
            doneOn[i] = plan.get(i)[1] == null ? Long.MAX_VALUE : plan.get(i)[1].toEpochDay();
            end = plan.get(i)[0].isAfter(end) ? plan.get(i)[0] : end;
        }
        long[] baseFinish = baseline == null ? null : baseline.stream().mapToLong(LocalDate::toEpochDay).sorted().toArray();
        if (baseline != null) {
            for (LocalDate d : baseline) {
                end = d.isAfter(end) ? d : end;
            }
        }
        Arrays.sort(planFinish);
        Arrays.sort(doneOn);
        LocalDate start = programStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeks = ChronoUnit.WEEKS.between(start, end) + 2;
        int step = (int) Math.max(1, (weeks + MAX_POINTS - 1) / MAX_POINTS);
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> actual = new ArrayList<>();
        List<Integer> planned = new ArrayList<>();
        List<Integer> base = baseline == null ? null : new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end.plusWeeks(step)); d = d.plusWeeks(step)) {
            long day = d.toEpochDay();
            dates.add(d);
            planned.add(after(planFinish, day));
            actual.add(d.isAfter(today) ? null : after(doneOn, day));
            if (base != null) {
                base.add(after(baseFinish, day));
            }
        }
        return new BurnDown(dates, actual, planned, base, baselineName, today);
    }

    /** How many of the sorted values are later than the day. */
    private static int after(long[] sorted, long day) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sorted.length - lo;
    }
}
