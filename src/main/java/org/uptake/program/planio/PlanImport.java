package org.uptake.program.planio;

import static org.uptake.program.planio.PlanColumns.CRITERION;
import static org.uptake.program.planio.PlanColumns.DUE;
import static org.uptake.program.planio.PlanColumns.DURATION;
import static org.uptake.program.planio.PlanColumns.EFFORT;
import static org.uptake.program.planio.PlanColumns.FINISH;
import static org.uptake.program.planio.PlanColumns.KEY;
import static org.uptake.program.planio.PlanColumns.MILESTONE;
import static org.uptake.program.planio.PlanColumns.OWNER;
import static org.uptake.program.planio.PlanColumns.PHASE;
import static org.uptake.program.planio.PlanColumns.PREDECESSORS;
import static org.uptake.program.planio.PlanColumns.PROGRAM;
import static org.uptake.program.planio.PlanColumns.START;
import static org.uptake.program.planio.PlanColumns.STATUS;
import static org.uptake.program.planio.PlanColumns.TITLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.RowChange;

/**
 * Importing a program's plan: a row updates the task its key names (a key from an earlier file, or the
 * task's number as exported) or adds a task; phases are named (a new name adds a phase); owners by
 * employee number or e-mail; {@code predecessors} lists keys of rows or of existing tasks. Refused, for the
 * whole file: rows of another program or one the importer does not run, unknown owners or predecessors,
 * dependency cycles, a task ending before it starts or starting before the program, removing a
 * playbook's hard rule, status changes (those need the task's completion criterion and evidence).
 */
@Component
class PlanImport implements ImportKind<PlanSnapshot, ImportedTask> {

    static final String KIND = "plan";
    static final int MAX_TITLE = 300;

    private final PlanImportSource source;
    private final PlanImportChecks checks;
    private final PlanImportWriter writer;

    PlanImport(PlanImportSource source, PlanImportChecks checks, PlanImportWriter writer) {
        this.source = source;
        this.checks = checks;
        this.writer = writer;
    }

    @Override
    public String key() {
        return KIND;
    }

    @Override
    public List<ImportColumn> columns() {
        return PlanColumns.ALL;
    }

    @Override
    public List<String> keyColumns() {
        return List.of(PROGRAM, KEY);
    }

    /** Coordinators and admins import plans; whether they run the program the file names is checked with the file. */
    @Override
    public void authorize(Actor actor) {
        actor.require("import plans", Role.ADMIN, Role.COORDINATOR);
    }

    @Override
    public PlanSnapshot load(Actor actor, ImportTable table) {
        return source.load(actor, table);
    }

    @Override
    public RowChange<ImportedTask> map(PlanSnapshot s, ImportTable table, ImportRow row) {
        program(s, row);
        String key = row.text(KEY, 100);
        row.required(KEY);
        String title = row.text(TITLE, MAX_TITLE);
        row.required(TITLE);
        ExistingTask existing = s.problem == null ? s.task(key) : null;
        String phaseName = table.has(PHASE) ? row.text(PHASE, 300) : null;
        Long phaseId = table.has(PHASE) ? (phaseName == null ? null : s.phases.get(phaseName.toLowerCase(Locale.ROOT)))
                : existing == null ? null : existing.phaseId();
        Long owner = owner(s, table, row, existing);
        LocalDate start = start(s, table, row, existing);
        boolean milestone = table.has(MILESTONE) ? bool(PlanCells.yesNo(row, MILESTONE)) : existing != null && existing.milestone();
        int duration = duration(s, table, row, existing, start, milestone);
        LocalDate due = table.has(DUE) ? PlanCells.date(row, DUE) : existing == null ? null : existing.dueDate();
        LocalDate effectiveStart = start != null ? start : existing != null ? existing.plannedStart() : s.programStart;
        if (due != null && effectiveStart != null && due.isBefore(effectiveStart)) {
            row.reject(DUE, "plan.import.error.dueBeforeStart", effectiveStart);
        }
        status(table, row, existing);
        String criterion = table.has(CRITERION) ? row.text(CRITERION, 2000) : existing == null ? null : existing.completionCriterion();
        BigDecimal effort = table.has(EFFORT) ? PlanCells.hours(row, EFFORT) : existing == null ? null : existing.effortHours();
        List<String> predecessors = table.has(PREDECESSORS) ? PlanCells.keys(row, PREDECESSORS) : null;
        var wanted = new ImportedTask(key, existing == null ? null : existing.id(), phaseName, phaseId, title, owner, start,
                duration, due, milestone, criterion, effort, predecessors);
        if (existing == null) {
            return RowChange.create(row, key, wanted);
        }
        return RowChange.update(row, key, existing.id(), wanted, checks.changedColumns(s, existing, wanted));
    }

    private static void program(PlanSnapshot s, ImportRow row) {
        String program = row.required(PROGRAM);
        if (program == null) {
            return;
        }
        if (s.problem != null) {
            row.reject(PROGRAM, s.problem, program);
        } else if (!program.strip().equals(String.valueOf(s.programId))) {
            row.reject(PROGRAM, "plan.import.error.oneProgram", s.programId);
        }
    }

    private static Long owner(PlanSnapshot s, ImportTable table, ImportRow row, ExistingTask existing) {
        if (!table.has(OWNER)) {
            return existing == null ? null : existing.ownerPersonId();
        }
        String key = row.text(OWNER, 254);
        if (key == null) {
            return null;
        }
        Long id = s.people.get(key.contains("@") ? key.toLowerCase(Locale.ROOT) : key);
        if (id == null) {
            row.reject(OWNER, "plan.import.error.owner");
        }
        return id;
    }

    /**
     * The "not before" date the row asks for. An exported row carries the scheduled start; that is not a
     * wish to pin the task, so an unchanged start keeps the task's own constraint.
     */
    private static LocalDate start(PlanSnapshot s, ImportTable table, ImportRow row, ExistingTask existing) {
        if (!table.has(START)) {
            return existing == null ? null : existing.constraintStart();
        }
        LocalDate start = PlanCells.date(row, START);
        if (start != null && s.programStart != null && start.isBefore(s.programStart)) {
            row.reject(START, "plan.import.error.beforeProgramStart", s.programStart);
        }
        if (existing != null && start != null && start.equals(existing.plannedStart())) {
            return existing.constraintStart();
        }
        if (existing != null && start != null && !existing.status().equals("NOT_STARTED")) {
            row.reject(START, "plan.import.error.started");
        }
        return start;
    }

    /** Working days: from a changed finish date when the row gives one, else the duration column, else as it was. */
    private static int duration(PlanSnapshot s, ImportTable table, ImportRow row, ExistingTask existing, LocalDate start,
                                boolean milestone) {
        Integer days = table.has(DURATION) ? PlanCells.whole(row, DURATION, 0, 2000) : null;
        LocalDate finish = table.has(FINISH) ? PlanCells.date(row, FINISH) : null;
        LocalDate from = start != null ? start : existing != null ? existing.plannedStart() : s.programStart;
        if (finish != null && from != null && finish.isBefore(from)) {
            row.reject(FINISH, "plan.import.error.endsBeforeStart", from);
            return 1;
        }
        boolean finishChanged = finish != null && (existing == null || !finish.equals(existing.plannedFinish()));
        if (finishChanged && from != null && s.calendar != null && !milestone) {
            return Math.max(1, Math.min(2000, s.calendar.workingDaysBetween(s.calendar.onOrAfter(from), finish)));
        }
        if (days != null) {
            return days;
        }
        return existing != null ? existing.durationDays() : milestone ? 0 : 1;
    }

    private static void status(ImportTable table, ImportRow row, ExistingTask existing) {
        if (!table.has(STATUS) || row.get(STATUS) == null) {
            return;
        }
        String status = row.get(STATUS).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        String current = existing == null ? "NOT_STARTED" : existing.status();
        if (!status.equals(current)) {
            row.reject(STATUS, "plan.import.error.status", current);
        }
    }

    private static boolean bool(Boolean value) {
        return value != null && value;
    }

    @Override
    public void checkFile(PlanSnapshot s, ImportTable table, List<RowChange<ImportedTask>> changes) {
        checks.checkFile(s, changes);
    }

    @Override
    public void apply(Actor actor, PlanSnapshot s, List<RowChange<ImportedTask>> changes, ImportProgress progress) {
        writer.write(actor, s, changes, progress);
    }
}
