package org.uptake.program.plan;

import java.time.LocalDate;

/**
 * A task as lists show it (plan tree, my tasks, overdue): {@code blocked} tells that a predecessor is
 * still open and its order was not overridden.
 */
public record TaskRow(long id, long programId, String programName, Long phaseId, String title, String seedRef,
                      Long ownerPersonId, String ownerName, boolean ownerUnresolved, LocalDate plannedStart,
                      LocalDate plannedFinish, int durationDays, LocalDate dueDate, TaskStatus status, boolean milestone,
                      boolean optional, boolean blocked, int version) {

    public LocalDate deadline() {
        return dueDate != null ? dueDate : plannedFinish;
    }

    public boolean overdue(LocalDate today) {
        return status.open() && deadline().isBefore(today);
    }
}
