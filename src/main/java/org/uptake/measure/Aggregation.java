package org.uptake.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How the units' values of one period make the KPI's value: added up (sales, leads), averaged
 * (conversion rates, satisfaction), or the lowest / highest unit. A value recorded for the whole
 * program (no unit) in a period is taken as it is and wins over the units.
 */
public enum Aggregation {
    SUM, AVERAGE, MIN, MAX;

    public BigDecimal combine(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return switch (this) {
            case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
            case MIN -> values.stream().min(BigDecimal::compareTo).orElseThrow();
            case MAX -> values.stream().max(BigDecimal::compareTo).orElseThrow();
        };
    }
}
