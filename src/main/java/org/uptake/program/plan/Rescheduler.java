package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.program.calendar.CalendarService;
import org.uptake.program.calendar.WorkingCalendar;

/**
 * Reschedules a whole program with one read of its tasks and dependencies, the computation in
 * memory and one batched write of the tasks whose dates changed (the 200 ms budget for 5,000 tasks).
 */
@Component
class Rescheduler {

    private final TaskRepository tasks;
    private final DependencyRepository dependencies;
    private final CalendarService calendars;

    Rescheduler(TaskRepository tasks, DependencyRepository dependencies, CalendarService calendars) {
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.calendars = calendars;
    }

    /** The plan as scheduling sees it, loaded once. */
    final class Snapshot {
        final long programId;
        final LocalDate programStart;
        final WorkingCalendar calendar;
        final List<Scheduler.Node> nodes;
        final long[][] edges;
        final Map<Long, Scheduler.Node> byId = new HashMap<>();

        Snapshot(long organizationId, long programId, LocalDate programStart) {
            this.programId = programId;
            this.programStart = programStart;
            this.calendar = calendars.calendarOf(organizationId);
            this.nodes = new ArrayList<>(tasks.nodes(programId));
            this.edges = dependencies.edges(programId);
            nodes.forEach(n -> byId.put(n.id(), n));
        }

        /** The first day the task may start given its predecessors' current dates and the program start. */
        LocalDate earliestStart(long taskId) {
            LocalDate earliest = calendar.onOrAfter(programStart);
            for (long[] e : edges) {
                if (e[1] == taskId) {
                    Scheduler.Node p = byId.get(e[0]);
                    if (p != null && p.status() != TaskStatus.CANCELLED) {
                        LocalDate follow = Scheduler.followOn(p, p.plannedFinish(), calendar);
                        earliest = follow.isAfter(earliest) ? follow : earliest;
                    }
                }
            }
            return earliest;
        }

        /** Replaces a node before scheduling (a moved task's new "not before" date, a changed duration). */
        void replace(Scheduler.Node node) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).id() == node.id()) {
                    nodes.set(i, node);
                }
            }
            byId.put(node.id(), node);
        }

        /** Schedules and writes the changed dates; returns the ids of the tasks that moved. */
        List<Long> apply() {
            Map<Long, Scheduler.Dates> dates = Scheduler.schedule(nodes, edges, programStart, calendar);
            List<Long> ids = new ArrayList<>();
            List<LocalDate> starts = new ArrayList<>();
            List<LocalDate> finishes = new ArrayList<>();
            for (Scheduler.Node n : nodes) {
                Scheduler.Dates d = dates.get(n.id());
                if (!d.start().equals(n.plannedStart()) || !d.finish().equals(n.plannedFinish())) {
                    ids.add(n.id());
                    starts.add(d.start());
                    finishes.add(d.finish());
                }
            }
            tasks.updateDates(ids, starts, finishes);
            return ids;
        }
    }

    Snapshot load(long organizationId, long programId, LocalDate programStart) {
        return new Snapshot(organizationId, programId, programStart);
    }

    List<Long> reschedule(long organizationId, long programId, LocalDate programStart) {
        return load(organizationId, programId, programStart).apply();
    }
}
