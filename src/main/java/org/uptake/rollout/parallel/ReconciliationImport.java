package org.uptake.rollout.parallel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.importing.DuplicateKeys;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.RowChange;

/**
 * Daily reconciliation counts from a file (an export of both systems): a row gives a check's number, the day
 * and the count in each system; a day already recorded for the check is replaced. Same rules as the form.
 */
@Component
class ReconciliationImport implements ImportKind<ReconciliationImport.Loaded, ReadingForm> {

    static final String CHECK = "check";
    static final String DAY = "day";
    static final String LEGACY = "legacy_value";
    static final String NEW = "new_value";
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private final ProgramService programs;
    private final ParallelRunRepository repository;
    private final AuditLog audit;

    ReconciliationImport(ProgramService programs, ParallelRunRepository repository, AuditLog audit) {
        this.programs = programs;
        this.repository = repository;
        this.audit = audit;
    }

    record Loaded(Map<Long, ParallelRunRepository.CheckOfRun> checks, Set<Long> forbidden, Map<String, Reading> existing) {
    }

    @Override
    public String key() {
        return "rollout-reconciliation";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(CHECK, "7"), ImportColumn.required(DAY, "2030-06-04"),
                ImportColumn.required(LEGACY, "412"), ImportColumn.required(NEW, "409"));
    }

    @Override
    public List<String> keyColumns() {
        return List.of(CHECK, DAY);
    }

    @Override
    public void authorize(Actor actor) {
        actor.require("import reconciliation data", Role.ADMIN, Role.COORDINATOR);
    }

    @Override
    public Loaded load(Actor actor, ImportTable table) {
        Set<Long> ids = new HashSet<>();
        table.rows().forEach(r -> {
            String c = r.get(CHECK);
            if (c != null && c.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(c));
            }
        });
        Map<Long, ParallelRunRepository.CheckOfRun> checks = new HashMap<>();
        Set<Long> forbidden = new HashSet<>();
        Map<Long, Boolean> mayRun = new HashMap<>();
        for (var c : ids.isEmpty() ? List.<ParallelRunRepository.CheckOfRun>of() : repository.checksById(actor.organizationId(), ids)) {
            if (mayRun.computeIfAbsent(c.programId(), p -> edits(actor, p))) {
                checks.put(c.checkId(), c);
            } else {
                forbidden.add(c.checkId());
            }
        }
        return new Loaded(checks, forbidden, checks.isEmpty() ? Map.of() : repository.existing(actor.organizationId(), checks.keySet()));
    }

    @Override
    public RowChange<ReadingForm> map(Loaded loaded, ImportTable table, ImportRow row) {
        String checkText = row.required(CHECK);
        String key = checkText + "|" + row.get(DAY);
        ParallelRunRepository.CheckOfRun check = checkText == null || !checkText.matches("\\d{1,18}") ? null
                : loaded.checks().get(Long.parseLong(checkText));
        if (checkText != null && check == null) {
            row.reject(CHECK, loaded.forbidden().contains(Long.parseLong(checkText.matches("\\d{1,18}") ? checkText : "0"))
                    ? "rollout.import.notYourProgram" : "rollout.error.unknownCheck");
        }
        LocalDate day = date(row);
        BigDecimal legacy = number(row, LEGACY);
        BigDecimal fresh = number(row, NEW);
        if (check != null && check.closed()) {
            row.reject(CHECK, "rollout.import.runDecided");
        }
        if (check != null && day != null) {
            String problem = ParallelRunService.dayProblem(check.startsOn(), check.endsOn(), day, LocalDate.now());
            if (problem != null) {
                row.reject(DAY, problem);
            }
        }
        if (row.hasProblems() || check == null || day == null || legacy == null || fresh == null) {
            return RowChange.rejected(row, key);
        }
        ReadingForm wanted = new ReadingForm(check.checkId(), day, legacy, fresh);
        key = check.checkId() + "|" + day;
        Reading existing = loaded.existing().get(key);
        if (existing == null) {
            return RowChange.create(row, key, wanted);
        }
        if (existing.legacyValue().compareTo(legacy) == 0 && existing.newValue().compareTo(fresh) == 0) {
            return RowChange.unchanged(row, key, check.checkId(), wanted);
        }
        return RowChange.update(row, key, check.checkId(), wanted, List.of(LEGACY, NEW));
    }

    @Override
    public void checkFile(Loaded loaded, ImportTable table, List<RowChange<ReadingForm>> changes) {
        DuplicateKeys.reject(changes, DAY, RowChange::key);
    }

    @Override
    public void apply(Actor actor, Loaded loaded, List<RowChange<ReadingForm>> changes, ImportProgress progress) {
        List<ReadingForm> rows = changes.stream().filter(c -> c.is(ImportAction.CREATE) || c.is(ImportAction.UPDATE))
                .map(RowChange::record).toList();
        if (!rows.isEmpty()) {
            repository.upsert(actor.organizationId(), rows, "IMPORT", actor.displayName());
            Map<Long, Long> perRun = new HashMap<>();
            rows.forEach(r -> perRun.merge(loaded.checks().get(r.checkId()).runId(), 1L, Long::sum));
            perRun.forEach((run, n) -> audit.action(actor, ParallelRunService.ENTITY, run, "reconciled",
                    Map.of("readings", n, "source", "IMPORT")));
        }
        progress.advance(changes.size());
    }

    private static LocalDate date(ImportRow row) {
        String v = row.required(DAY);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            row.reject(DAY, "rollout.import.badDate");
            return null;
        }
    }

    private static BigDecimal number(ImportRow row, String column) {
        String v = row.required(column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(v.strip().replace(" ", "").replace(',', '.'));
            if (n.abs().compareTo(LIMIT) >= 0 || n.stripTrailingZeros().scale() > 4) {
                row.reject(column, "rollout.import.numberRange");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            row.reject(column, "rollout.import.notANumber");
            return null;
        }
    }

    private boolean edits(Actor actor, long programId) {
        try {
            return programs.access(actor, programId).edits();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
