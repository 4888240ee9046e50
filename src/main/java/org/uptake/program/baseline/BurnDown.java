package org.uptake.program.baseline;

import java.time.LocalDate;
import java.util.List;

/**
 * Remaining tasks week by week: as they were actually finished (up to today), as the plan now has them,
 * and as the baseline had them. Cancelled tasks do not count.
 */
public record BurnDown(List<LocalDate> dates, List<Integer> actual, List<Integer> plan, List<Integer> baseline,
                       String baselineName, LocalDate today) {
}
