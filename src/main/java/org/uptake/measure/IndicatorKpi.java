package org.uptake.measure;

import java.math.BigDecimal;

/** A KPI as a process's page lists it under the indicator it measures. */
public record IndicatorKpi(long id, long programId, String programName, String code, String name, String unitOfMeasure,
                           long indicatorId, BigDecimal targetValue, BigDecimal latestValue) {
}
