package org.uptake.program.gantt;

import java.time.LocalDate;
import java.util.List;

/**
 * A bar of the Gantt chart: the task's planned dates, its predecessors (ids of tasks also shown),
 * whether it is on the critical path, and its baseline dates for the ghost bar (when a baseline is chosen).
 */
public record GanttTask(long id, String name, LocalDate start, LocalDate end, int progress, List<Long> dependencies,
                        Long phaseId, String owner, String status, boolean critical, boolean milestone, boolean overdue,
                        int slack, LocalDate baselineStart, LocalDate baselineEnd, int version) {
}
