package org.uptake.program.gantt;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Gantt chart draws: the filtered tasks in plan order, the plan's span, today, how many tasks
 * the whole plan has and how many are critical, and the baseline the ghost bars come from.
 */
public record GanttData(long programId, LocalDate start, LocalDate finish, LocalDate today, int total, int critical,
                        String baselineName, List<GanttTask> tasks) {
}
