package org.uptake.program.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working days of one organisation: every day except its weekend days and holidays. Plans are
 * scheduled in working days, so a five-day task that starts on Thursday ends on Wednesday.
 */
public final class WorkingCalendar {

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.holidays = Set.copyOf(holidays);
        if (this.weekend.size() == 7) {
            throw new IllegalArgumentException("A week needs at least one working day");
        }
    }

    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The day itself when it is a working day, else the previous working day. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The first working day after the day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }

    /**
     * The last working day of a task that starts on {@code start} and lasts {@code days} working days
     * (a task of 0 or 1 day ends the day it starts).
     */
    public LocalDate finishOf(LocalDate start, int days) {
        LocalDate d = onOrAfter(start);
        for (int i = 1; i < days; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Working days from start to finish, both included (0 when finish is before start). */
    public int workingDaysBetween(LocalDate start, LocalDate finish) {
        int count = 0;
        for (LocalDate d = start; !d.isAfter(finish); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public Set<DayOfWeek> weekend() {
        return EnumSet.copyOf(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : weekend);
    }
}
