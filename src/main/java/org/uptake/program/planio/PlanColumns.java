package org.uptake.program.planio;

import java.util.List;
import org.uptake.shared.importing.ImportColumn;

/**
 * The columns of a plan file, the same for export and import, so an exported plan imports back unchanged.
 * {@code key} identifies a task (its number in Uptake, or the file's own code for a new task);
 * {@code predecessors} lists the keys of the tasks it waits for (finish-to-start), separated by commas.
 */
final class PlanColumns {

    static final String PROGRAM = "program";
    static final String KEY = "key";
    static final String PHASE = "phase";
    static final String TITLE = "title";
    static final String OWNER = "owner";
    static final String START = "start";
    static final String DURATION = "duration_days";
    static final String FINISH = "finish";
    static final String DUE = "due";
    static final String MILESTONE = "milestone";
    static final String STATUS = "status";
    static final String CRITERION = "completion_criterion";
    static final String EFFORT = "effort_hours";
    static final String PREDECESSORS = "predecessors";

    static final List<ImportColumn> ALL = List.of(
            ImportColumn.required(PROGRAM, "42"), ImportColumn.required(KEY, "T-10"), ImportColumn.optional(PHASE, "I. Preparation"),
            ImportColumn.required(TITLE, "Train the key users"), ImportColumn.optional(OWNER, "10045"),
            ImportColumn.optional(START, "2030-03-04"), ImportColumn.optional(DURATION, "5"), ImportColumn.optional(FINISH, ""),
            ImportColumn.optional(DUE, "2030-03-15"), ImportColumn.optional(MILESTONE, "no"), ImportColumn.optional(STATUS, "NOT_STARTED"),
            ImportColumn.optional(CRITERION, "Every key user passed the test"), ImportColumn.optional(EFFORT, "16"),
            ImportColumn.optional(PREDECESSORS, "T-8, T-9"));

    static List<String> names() {
        return ALL.stream().map(ImportColumn::name).toList();
    }

    private PlanColumns() {
    }
}
