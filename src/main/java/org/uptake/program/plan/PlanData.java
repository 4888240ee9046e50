package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole plan in one compact answer (for charts and clients that draw the plan): phases, tasks
 * with dates and status, and the dependencies as [predecessor, successor] pairs.
 */
public record PlanData(long programId, LocalDate start, List<PlanPhase> phases, List<PlanTask> tasks, List<long[]> dependencies) {

    public record PlanPhase(long id, String name, String status) {
    }

    public record PlanTask(long id, Long phaseId, String title, LocalDate start, LocalDate finish, int duration,
                           LocalDate due, String status, String owner, boolean milestone) {
    }
}
