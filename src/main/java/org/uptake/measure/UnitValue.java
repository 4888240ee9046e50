package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A unit's latest value in a period and the measurement it comes from (to drill down to the raw record). */
public record UnitValue(Long unitId, String unitName, BigDecimal value, LocalDate measuredOn, long measurementId,
                        SourceKind sourceKind) {
}
