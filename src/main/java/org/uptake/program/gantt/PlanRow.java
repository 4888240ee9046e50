package org.uptake.program.gantt;

import java.time.LocalDate;

/** A task in the plan's filtered list: what it is, who owns it, when, and where it stands. */
public record PlanRow(long id, String title, Long phaseId, String phaseName, Long ownerPersonId, String ownerName,
                      LocalDate plannedStart, LocalDate plannedFinish, LocalDate dueDate, String status, boolean milestone) {

    public LocalDate deadline() {
        return dueDate != null ? dueDate : plannedFinish;
    }

    public boolean overdue(LocalDate today) {
        return (status.equals("NOT_STARTED") || status.equals("IN_PROGRESS")) && deadline().isBefore(today);
    }
}
