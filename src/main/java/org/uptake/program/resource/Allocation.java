package org.uptake.program.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person working for a program for a period, so many hours a week, in a role ("key user", "trainer"). */
public record Allocation(long id, long programId, long personId, String personName, String role, BigDecimal hoursPerWeek,
                         LocalDate startsOn, LocalDate endsOn, int version) {
}
