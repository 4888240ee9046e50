package org.uptake.program.baseline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.uptake.program.calendar.WorkingCalendar;

/**
 * Working days counted once over a span, so the slip between any two dates in it is a subtraction:
 * {@code index(b) - index(a)} is the number of working days from a to b (negative when b is earlier).
 * Days outside the span count as if every day worked, which only matters for nonsense dates.
 */
public final class WorkdayIndex {

    private final LocalDate from;
    private final int[] cumulative;

    public WorkdayIndex(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        this.from = from;
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        this.cumulative = new int[Math.max(days, 1)];
        int count = 0;
        for (int i = 0; i < days; i++) {
            if (calendar.isWorkingDay(from.plusDays(i))) {
                count++;
            }
            cumulative[i] = count;
        }
    }

    /** Working days from the start of the span to the day, the day included. */
    public int index(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(from, day);
        if (offset < 0) {
            return (int) offset + 1;
        }
        if (offset >= cumulative.length) {
            return cumulative[cumulative.length - 1] + (int) (offset - cumulative.length + 1);
        }
        return cumulative[(int) offset];
    }

    /** The slip from {@code planned} to {@code actual} in working days: positive when actual is later. */
    public int slip(LocalDate planned, LocalDate actual) {
        return index(actual) - index(planned);
    }
}
