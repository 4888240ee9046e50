package org.uptake.program.gantt;

/**
 * Which tasks of a plan a view shows: one phase, one owner, one status ({@code OPEN} = not started or in
 * progress) and/or only the overdue ones. Every field may be empty; an empty filter shows everything.
 */
public record TaskFilter(Long phaseId, Long ownerPersonId, String status, boolean overdue) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, false);
    static final java.util.Set<String> STATUSES = java.util.Set.of("OPEN", "NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED");

    public TaskFilter {
        status = status == null || status.isBlank() || !STATUSES.contains(status) ? null : status;
    }

    public boolean empty() {
        return phaseId == null && ownerPersonId == null && status == null && !overdue;
    }

    boolean matchesStatus(String taskStatus) {
        if (status == null) {
            return true;
        }
        if (status.equals("OPEN")) {
            return taskStatus.equals("NOT_STARTED") || taskStatus.equals("IN_PROGRESS");
        }
        return status.equals(taskStatus);
    }
}
