package org.uptake.measure.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.measure.Kpi;
import org.uptake.measure.PeriodValue;

/** What the KPI chart draws: periods, the planned trajectory, actual values, baseline and target (JSON in a data attribute). */
public final class KpiChart {

    private KpiChart() {
    }

    public static Map<String, Object> of(Kpi kpi, List<PeriodValue> values) {
        List<String> periods = new ArrayList<>();
        List<BigDecimal> plan = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (PeriodValue v : values) {
            periods.add(v.periodStart().toString());
            plan.add(v.planned());
            actual.add(v.actual());
            levels.add(v.level() == null ? "" : v.level().name());
        }
        var chart = new LinkedHashMap<String, Object>();
        chart.put("periods", periods);
        chart.put("plan", plan);
        chart.put("actual", actual);
        chart.put("levels", levels);
        chart.put("baseline", kpi.baselineValue());
        chart.put("target", kpi.targetValue());
        chart.put("targetPeriod", kpi.period().start(kpi.targetDate()).toString());
        chart.put("unit", kpi.unitOfMeasure());
        return chart;
    }
}
