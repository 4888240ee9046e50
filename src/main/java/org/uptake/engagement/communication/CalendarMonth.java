package org.uptake.engagement.communication;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A month as a grid of weeks (Monday first) with the items of each day, for the communication calendar. */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, boolean today, List<Communication> items) {
    }

    public static LocalDate firstShown(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate lastShown(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public static CalendarMonth of(YearMonth month, List<Communication> items, LocalDate today) {
        Map<LocalDate, List<Communication>> byDay = items.stream().collect(Collectors.groupingBy(Communication::plannedOn));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = firstShown(month); !d.isAfter(lastShown(month)); d = d.plusWeeks(1)) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate day = d.plusDays(i);
                week.add(new Day(day, YearMonth.from(day).equals(month), day.equals(today), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return new CalendarMonth(month, weeks);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
