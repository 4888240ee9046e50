package org.uptake.report.closure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A KPI before (its baseline) and after (the latest measurement), with the target it aimed at. */
public record KpiComparison(String code, String name, String unitOfMeasure, String direction, BigDecimal baseline,
                            LocalDate baselineDate, BigDecimal latest, LocalDate latestOn, BigDecimal target) {

    /** The change from the baseline to the latest value, or null when nothing was measured. */
    public BigDecimal change() {
        return latest == null || baseline == null ? null : latest.subtract(baseline).stripTrailingZeros();
    }
}
