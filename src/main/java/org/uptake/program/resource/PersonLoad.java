package org.uptake.program.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person allocated to the program and their load across every program of the organisation during
 * this program's allocations: the busiest week, their weekly capacity, and how many weeks go above it.
 */
public record PersonLoad(long personId, String personName, BigDecimal capacity, BigDecimal peakHours, LocalDate peakWeek,
                         int weeksOver, LocalDate firstWeekOver, int programs) {

    public boolean overAllocated() {
        return weeksOver > 0;
    }
}
