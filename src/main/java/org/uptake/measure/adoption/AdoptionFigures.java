package org.uptake.measure.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * Adoption of a program's new system: per day, the people active in the trailing window among the
 * people of the units that were live that day (the scope); per wave and per unit, today's figures.
 */
public record AdoptionFigures(int activeDays, List<Day> days, List<Group> waves, List<Group> units, long events) {

    public record Day(LocalDate day, int active, int scope) {

        public double percent() {
            return scope == 0 ? 0 : Math.round(active * 1000.0 / scope) / 10.0;
        }
    }

    /** A wave or a unit: active people today, people in scope, and when it went live (null: not yet). */
    public record Group(long id, String name, int active, int scope, LocalDate liveOn) {

        public double percent() {
            return scope == 0 ? 0 : Math.round(active * 1000.0 / scope) / 10.0;
        }
    }

    public AdoptionFigures {
        days = List.copyOf(days);
        waves = List.copyOf(waves);
        units = List.copyOf(units);
    }

    public Day today() {
        return days.isEmpty() ? new Day(LocalDate.now(), 0, 0) : days.getLast();
    }
}
