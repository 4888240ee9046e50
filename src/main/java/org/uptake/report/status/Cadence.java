package org.uptake.report.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a program's status report is generated: weekly (the default), every other week, monthly, or
 * not on a schedule. A scheduled report covers the last full period before the day it runs.
 */
public enum Cadence {
    WEEKLY, FORTNIGHTLY, MONTHLY, OFF;

    /** The period a report generated on {@code day} covers: [start, end]; null when this cadence never runs. */
    public LocalDate[] lastFullPeriod(LocalDate day) {
        LocalDate lastSunday = day.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return switch (this) {
            case WEEKLY -> new LocalDate[]{lastSunday.minusDays(6), lastSunday};
            case FORTNIGHTLY -> {
                // Fortnights end on the Sunday of an even ISO week, so every node agrees on the period.
                LocalDate end = lastSunday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 0 ? lastSunday : lastSunday.minusWeeks(1);
                yield new LocalDate[]{end.minusDays(13), end};
            }
            case MONTHLY -> {
                LocalDate end = day.withDayOfMonth(1).minusDays(1);
                yield new LocalDate[]{end.withDayOfMonth(1), end};
            }
            case OFF -> null;
        };
    }

    /** The period of a report asked for on {@code day}: the current week up to that day. */
    public static LocalDate[] onDemand(LocalDate day) {
        return new LocalDate[]{day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), day};
    }
}
