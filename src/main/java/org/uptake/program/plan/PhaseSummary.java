package org.uptake.program.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A phase on the plan page: its acceptance, task figures, date span and whether a hard rule orders it. */
public record PhaseSummary(long id, int position, String name, String seedRef, String gate, PhaseStatus status,
                           String acceptedByName, Instant acceptedAt, int version, long tasks, long done, long open,
                           long overdue, LocalDate start, LocalDate finish, boolean hardOrdered) {

    public int percentDone() {
        return tasks == 0 ? 0 : (int) (done * 100 / tasks);
    }
}
