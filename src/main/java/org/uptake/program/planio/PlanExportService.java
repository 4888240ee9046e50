package org.uptake.program.planio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;

/**
 * A program's plan as rows of a spreadsheet, in the import's columns: export, edit, import back. The whole
 * plan is read in five queries whatever its size; cells that look like formulas are neutralised by the writer.
 */
@Service
public class PlanExportService {

    private final ProgramService programs;
    private final PlanIoRepository repository;

    PlanExportService(ProgramService programs, PlanIoRepository repository) {
        this.programs = programs;
        this.repository = repository;
    }

    /** The file's header: the import's column names. */
    public List<String> header() {
        return PlanColumns.names();
    }

    /** One row per task (cancelled ones included, with their status), in plan order. */
    public List<List<Object>> rows(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        long org = actor.organizationId();
        List<ExistingTask> tasks = repository.tasks(org, programId);
        Map<Long, String> phases = repository.phaseNames(programId);
        Map<Long, String> owners = repository.ownerKeys(org, programId);
        Map<Long, String> keyOf = new HashMap<>(tasks.size() * 2);
        tasks.forEach(t -> keyOf.put(t.id(), t.key()));
        Map<Long, List<String>> predecessors = new HashMap<>();
        for (Object[] d : repository.dependencies(programId)) {
            String key = keyOf.get((Long) d[0]);
            if (key != null) {
                predecessors.computeIfAbsent((Long) d[1], k -> new ArrayList<>()).add(key);
            }
        }
        List<List<Object>> rows = new ArrayList<>(tasks.size());
        for (ExistingTask t : tasks) {
            rows.add(java.util.Arrays.asList(Long.toString(programId), t.key(), t.phaseId() == null ? "" : phases.get(t.phaseId()),
                    t.title(), t.ownerPersonId() == null ? "" : owners.getOrDefault(t.ownerPersonId(), ""),
                    t.plannedStart().toString(), t.durationDays(), t.plannedFinish().toString(),
                    t.dueDate() == null ? "" : t.dueDate().toString(), t.milestone() ? "yes" : "no", t.status(),
                    t.completionCriterion() == null ? "" : t.completionCriterion(),
                    t.effortHours() == null ? "" : t.effortHours().stripTrailingZeros().toPlainString(),
                    String.join(", ", predecessors.getOrDefault(t.id(), List.of()))));
        }
        return rows;
    }
}
