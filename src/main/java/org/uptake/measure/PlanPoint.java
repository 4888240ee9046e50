package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The value planned for the end of one period of a KPI's trajectory. */
public record PlanPoint(LocalDate periodStart, BigDecimal plannedValue) {
}
