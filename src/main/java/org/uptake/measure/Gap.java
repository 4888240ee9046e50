package org.uptake.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A gap between plan and actual found for one period of a KPI: SMALL is an optimisation item, LARGE
 * carries the "correct the strategy" task given to the coordinator. Resolved when the period is
 * back on plan or the coordinator records what was done.
 */
public record Gap(long id, long programId, long kpiId, String kpiName, LocalDate periodStart, GapLevel level,
                  BigDecimal gapPct, BigDecimal plannedValue, BigDecimal actualValue, Long taskId, Instant resolvedAt,
                  String resolvedByName, String resolution, int version) {

    public boolean open() {
        return resolvedAt == null;
    }
}
