package org.uptake.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plan against actual, period by period: the trajectory, the measured values and the gap rule with its two thresholds. */
final class KpiValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** What a gap's percentage is capped at (a plan of almost nothing would otherwise give absurd figures). */
    private static final BigDecimal LIMIT = new BigDecimal("99999999.99");

    private KpiValues() {
    }

    /** A straight line from the baseline to the target, one point per period (the default trajectory until edited). */
    static List<PlanPoint> linear(Period period, BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate) {
        List<LocalDate> starts = period.between(baselineDate, targetDate);
        List<PlanPoint> points = new ArrayList<>();
        int steps = Math.max(1, starts.size() - 1);
        for (int i = 0; i < starts.size(); i++) {
            BigDecimal value = i == starts.size() - 1 ? target
                    : baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_UP));
            points.add(new PlanPoint(starts.get(i), value));
        }
        return points;
    }

    /** Every period from the baseline's to the later of the target's and the last measured one, with plan, actual and gap. */
    static List<PeriodValue> periods(Kpi kpi, List<PlanPoint> plan, List<MeasurementRepository.PeriodFigures> figures) {
        Map<LocalDate, BigDecimal> planned = new HashMap<>();
        plan.forEach(p -> planned.put(p.periodStart(), p.plannedValue()));
        Map<LocalDate, MeasurementRepository.PeriodFigures> actual = new HashMap<>();
        figures.forEach(f -> actual.put(f.periodStart(), f));
        LocalDate last = kpi.targetDate();
        for (var f : figures) {
            if (f.periodStart().isAfter(last)) {
                last = f.periodStart();
            }
        }
        List<PeriodValue> values = new ArrayList<>();
        for (LocalDate start : kpi.period().between(kpi.baselineDate(), last)) {
            values.add(value(kpi, start, planned.get(start), actual.get(start)));
        }
        return values;
    }

    static PeriodValue value(Kpi kpi, LocalDate start, BigDecimal planned, MeasurementRepository.PeriodFigures f) {
        BigDecimal actual = null;
        int units = 0;
        boolean overall = false;
        if (f != null) {
            overall = f.overall() != null;
            units = f.units();
            actual = overall ? f.overall() : switch (kpi.aggregation()) {
                case SUM -> f.sum();
                case AVERAGE -> f.avg() == null ? null : f.avg().setScale(4, RoundingMode.HALF_UP);
                case MIN -> f.min();
                case MAX -> f.max();
            };
        }
        BigDecimal shortfall = shortfall(kpi, planned, actual);
        return new PeriodValue(start, planned, actual, units, overall, shortfall, level(kpi, shortfall));
    }

    /**
     * How far actual falls short of plan, in percent of the plan (of the baseline-to-target span when the
     * plan is zero); negative when ahead. Null without both figures.
     */
    static BigDecimal shortfall(Kpi kpi, BigDecimal planned, BigDecimal actual) {
        if (planned == null || actual == null) {
            return null;
        }
        BigDecimal behind = kpi.direction() == Direction.INCREASE ? planned.subtract(actual) : actual.subtract(planned);
        BigDecimal base = planned.signum() != 0 ? planned.abs() : kpi.targetValue().subtract(kpi.baselineValue()).abs();
        if (base.signum() == 0) {
            base = BigDecimal.ONE;
        }
        BigDecimal pct = behind.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
        return pct.max(LIMIT.negate()).min(LIMIT);
    }

    static GapLevel level(Kpi kpi, BigDecimal shortfall) {
        if (shortfall == null || shortfall.compareTo(kpi.smallGapPct()) <= 0) {
            return shortfall == null ? null : GapLevel.ON_PLAN;
        }
        return shortfall.compareTo(kpi.largeGapPct()) > 0 ? GapLevel.LARGE : GapLevel.SMALL;
    }
}
