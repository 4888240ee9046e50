package org.uptake.measure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The period a KPI is planned and compared in; a period is named by its first day. */
public enum Period {
    WEEK, MONTH, QUARTER;

    /** Periods longer than this between baseline and target are refused (a plan a person can still edit). */
    public static final int MAX_PERIODS = 260;

    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
        };
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
        };
    }

    /** PostgreSQL's {@code date_trunc} field for this period (ISO weeks start on Monday there too). */
    String sqlField() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The starts of every period from the one holding {@code from} to the one holding {@code to}, at most MAX_PERIODS + 1. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = start(from); !d.isAfter(to) && starts.size() <= MAX_PERIODS; d = next(d)) {
            starts.add(d);
        }
        return starts;
    }
}
