package org.uptake.measure.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * Adoption of a program's new system: per day, the people active in the trailing window among the
 * people of the units that were live that day (the scope); per wave and per unit, today's figures.
 */
public record AdoptionFigures(int activeDays, List<Day> days, List<WaveCurve> waveCurves, List<Group> waves, List<Group> units,
                              long events) {

    /** One wave's adoption per day (the same days as {@link #days()}), in percent. */
    public record WaveCurve(long waveId, String name, List<Double> percent) {
    }

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
        waveCurves = List.copyOf(waveCurves);
        waves = List.copyOf(waves);
        units = List.copyOf(units);
    }

    public Day today() {
        return days.isEmpty() ? new Day(LocalDate.now(), 0, 0) : days.getLast();
    }
}
