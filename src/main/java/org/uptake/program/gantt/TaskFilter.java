package org.uptake.program.gantt;

import java.util.Locale;
import java.util.Set;
import org.uptake.shared.error.InvalidInputException;

/**
 * Which tasks of a plan a view shows: one phase, one owner, one status ({@code OPEN} = not started or in
 * progress) and/or only the overdue ones. Every field may be empty; an empty filter shows everything.
 * A status that is none of these is refused rather than ignored, so a mistyped filter never shows everything.
 */
public record TaskFilter(Long phaseId, Long ownerPersonId, String status, boolean overdue) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, false);
    static final Set<String> STATUSES = Set.of("OPEN", "NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED");

    public TaskFilter {
        status = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "filter.error.status", String.join(", ", STATUSES.stream().sorted().toList()));
        }
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
