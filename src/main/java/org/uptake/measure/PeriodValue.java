package org.uptake.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Plan against actual for one period. {@code actual} is the whole-program value when one was recorded,
 * else the units' latest values combined by the KPI's aggregation rule ({@code units} of them);
 * {@code shortfallPct} is how far it falls short of plan (negative when ahead).
 */
public record PeriodValue(LocalDate periodStart, BigDecimal planned, BigDecimal actual, int units, boolean overall,
                          BigDecimal shortfallPct, GapLevel level) {
}
