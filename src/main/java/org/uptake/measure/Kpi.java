package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key performance indicator of a program, tied to one of its goals. {@code latestValue} and
 * {@code openGap} summarise where it stands for lists (the latest recorded measurement, the worst
 * unresolved gap); the full picture is {@link KpiService#values}.
 */
public record Kpi(long id, long programId, String programName, long goalId, String goalStatement, String code, String name,
                  String unitOfMeasure, String method, Direction direction, String source, Period period,
                  Aggregation aggregation, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
                  LocalDate targetDate, BigDecimal smallGapPct, BigDecimal largeGapPct, Long ownerPersonId, String ownerName,
                  String preset, BigDecimal latestValue, LocalDate latestOn, GapLevel openGap, int version) {
}
