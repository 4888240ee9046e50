package org.uptake.program.planio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uptake.program.calendar.WorkingCalendar;

/**
 * What a plan file is compared with, read once: the program (or why it cannot be imported into), its
 * tasks by key and id, its phases by name, the people the file names as owners, and its dependencies.
 */
final class PlanSnapshot {

    /** A dependency of the plan as it is: predecessor, successor, made by a playbook rule (kept whatever the file says). */
    record Link(long predecessor, long successor, boolean playbook) {
    }

    final Long programId;
    final String problem;
    final LocalDate programStart;
    final WorkingCalendar calendar;
    final Map<String, ExistingTask> byExternalKey = new HashMap<>();
    final Map<Long, ExistingTask> byId = new HashMap<>();
    final Map<String, Long> phases;
    final Map<String, Long> people;
    final Map<Long, List<Link>> predecessorsOf = new HashMap<>();
    final List<Link> links;

    PlanSnapshot(Long programId, String problem, LocalDate programStart, WorkingCalendar calendar, List<ExistingTask> tasks,
                 Map<String, Long> phases, Map<String, Long> people, List<Link> links) {
        this.programId = programId;
        this.problem = problem;
        this.programStart = programStart;
        this.calendar = calendar;
        this.phases = phases;
        this.people = people;
        this.links = links;
        for (ExistingTask t : tasks) {
            byId.put(t.id(), t);
            if (t.externalKey() != null) {
                byExternalKey.put(t.externalKey(), t);
            }
        }
        for (Link l : links) {
            predecessorsOf.computeIfAbsent(l.successor(), k -> new ArrayList<>()).add(l);
        }
    }

    static PlanSnapshot refused(String problem) {
        return new PlanSnapshot(null, problem, null, null, List.of(), Map.of(), Map.of(), List.of());
    }

    /** The task a key names: one that came with this key from a file, else the task with this number. */
    ExistingTask task(String key) {
        if (key == null) {
            return null;
        }
        ExistingTask t = byExternalKey.get(key);
        if (t == null && key.matches("\\d{1,18}")) {
            t = byId.get(Long.parseLong(key));
        }
        return t;
    }
}
