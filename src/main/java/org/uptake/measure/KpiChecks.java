package org.uptake.measure;

import java.math.BigDecimal;
import java.util.List;
import org.uptake.shared.error.Violation;

/** The domain checks of a KPI's definition that need no database, shared by the form and the API. */
final class KpiChecks {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private KpiChecks() {
    }

    static void definition(KpiForm f, List<Violation> problems) {
        if (f.getCode() == null || !f.getCode().matches("[A-Za-z0-9_.-]{1,40}")) {
            problems.add(Violation.of("code", "kpi.error.code"));
        }
        if (f.getName() == null || f.getName().length() > 200) {
            problems.add(Violation.of("name", "kpi.error.name"));
        }
        if (f.getUnitOfMeasure() == null || f.getUnitOfMeasure().length() > 40) {
            problems.add(Violation.of("unitOfMeasure", "kpi.error.unitOfMeasure"));
        }
        if (f.getMethod() != null && f.getMethod().length() > 2000 || f.getSource() != null && f.getSource().length() > 300) {
            problems.add(Violation.of("method", "kpi.error.tooLong"));
        }
        if (f.getDirection() == null) {
            problems.add(Violation.of("direction", "kpi.error.direction"));
        }
        if (f.getPeriod() == null) {
            f.setPeriod(Period.MONTH);
        }
        if (f.getAggregation() == null) {
            f.setAggregation(Aggregation.SUM);
        }
        values(f, problems);
        thresholds(f, problems);
    }

    private static void values(KpiForm f, List<Violation> problems) {
        if (f.getBaselineValue() == null || f.getBaselineValue().abs().compareTo(LIMIT) >= 0) {
            problems.add(Violation.of("baselineValue", "kpi.error.value"));
        }
        if (f.getTargetValue() == null || f.getTargetValue().abs().compareTo(LIMIT) >= 0) {
            problems.add(Violation.of("targetValue", "kpi.error.value"));
        }
        if (f.getBaselineDate() == null) {
            problems.add(Violation.of("baselineDate", "kpi.error.date"));
        }
        if (f.getTargetDate() == null) {
            problems.add(Violation.of("targetDate", "kpi.error.date"));
        } else if (f.getBaselineDate() != null) {
            if (!f.getTargetDate().isAfter(f.getBaselineDate())) {
                problems.add(Violation.of("targetDate", "kpi.error.targetBeforeBaseline"));
            } else if (f.getPeriod().between(f.getBaselineDate(), f.getTargetDate()).size() > Period.MAX_PERIODS) {
                problems.add(Violation.of("targetDate", "kpi.error.tooManyPeriods", Period.MAX_PERIODS));
            }
        }
    }

    private static void thresholds(KpiForm f, List<Violation> problems) {
        BigDecimal small = f.getSmallGapPct();
        BigDecimal large = f.getLargeGapPct();
        if (small == null || small.signum() <= 0 || small.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add(Violation.of("smallGapPct", "kpi.error.threshold"));
        } else if (large == null || large.compareTo(small) <= 0 || large.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add(Violation.of("largeGapPct", "kpi.error.thresholdOrder"));
        }
    }
}
