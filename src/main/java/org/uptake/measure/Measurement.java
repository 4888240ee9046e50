package org.uptake.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measured value of a KPI, for a unit or (without one) for the whole program, with its provenance:
 * who recorded it and how — by hand, from which import file and row, or through the API. {@code raw}
 * is the record exactly as it arrived (JSON).
 */
public record Measurement(long id, long kpiId, Long unitId, String unitName, LocalDate measuredOn, BigDecimal value,
                          SourceKind sourceKind, String recordedByName, Long importJobId, String importFileName,
                          Integer importLine, String raw, String note, Instant recordedAt) {
}
