package org.uptake.program;

import java.time.LocalDate;

/** A program in lists: with its coordinator and how far its plan is done. */
public record ProgramRow(long id, String name, ProgramSubject subject, ProgramStatus status, LocalDate startDate,
                         String coordinatorName, long tasksTotal, long tasksDone, long tasksOverdue) {

    public int percentDone() {
        return tasksTotal == 0 ? 0 : (int) (tasksDone * 100 / tasksTotal);
    }
}
