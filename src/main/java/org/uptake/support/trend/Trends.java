package org.uptake.support.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Problems over the last weeks: per week and type (reported), reported against resolved per week, the
 * units with most problems, and how many were resolved within their SLA.
 */
public record Trends(List<LocalDate> weeks, Map<String, List<Long>> reportedByType, List<Long> reported,
                     List<Long> resolved, List<UnitCount> units, long resolvedTotal, long resolvedInSla) {

    public record UnitCount(Long unitId, String unitName, long total, long open, long critical) {
    }

    /** The share of resolved problems resolved in time, in percent, or null when none was resolved. */
    public Long slaMetPercent() {
        return resolvedTotal == 0 ? null : Math.round(resolvedInSla * 100.0 / resolvedTotal);
    }
}
