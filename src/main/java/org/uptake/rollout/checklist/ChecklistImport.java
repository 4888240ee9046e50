package org.uptake.rollout.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramService;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.importing.DuplicateKeys;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.RowChange;

/**
 * Marks existing checklist items from a file (e.g. the accounts IT has created): a row names the item by
 * program, unit code, item title and, for access items, the person's employee number or e-mail, and
 * gives its status and evidence note. Rows never create items: the template does.
 */
@Component
class ChecklistImport implements ImportKind<ChecklistImport.Loaded, ChecklistImport.Wanted> {

    static final String PROGRAM = "program";
    static final String UNIT = "unit_code";
    static final String ITEM = "item";
    static final String PERSON = "person";
    static final String STATUS = "status";
    static final String NOTE = "evidence_note";
    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required(PROGRAM, "12"), ImportColumn.required(UNIT, "DEPOT-1"),
            ImportColumn.required(ITEM, "Account in the new system"), ImportColumn.optional(PERSON, "E1001"),
            ImportColumn.required(STATUS, "DONE"), ImportColumn.optional(NOTE, "Created in the directory"));

    private final ProgramService programs;
    private final ChecklistImportRepository repository;
    private final ReadinessService readiness;
    private final BulkAudit audit;
    private final ChecklistRepository items;

    ChecklistImport(ProgramService programs, ChecklistImportRepository repository, ReadinessService readiness, BulkAudit audit,
                    ChecklistRepository items) {
        this.programs = programs;
        this.repository = repository;
        this.items = items;
        this.readiness = readiness;
        this.audit = audit;
    }

    record Wanted(long id, long programId, ItemStatus status, String note, int version) {
    }

    /** The items of the programs the file names, by key, and those programs the actor may not run. */
    record Loaded(Map<String, ChecklistImportRepository.Row> byKey, Set<String> forbidden) {
    }

    @Override
    public String key() {
        return "rollout-checklist";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> keyColumns() {
        return List.of(PROGRAM, UNIT, ITEM, PERSON);
    }

    @Override
    public void authorize(Actor actor) {
        actor.require("import checklist items", Role.ADMIN, Role.COORDINATOR);
    }

    @Override
    public Loaded load(Actor actor, ImportTable table) {
        Set<Long> ids = new HashSet<>();
        Set<String> forbidden = new HashSet<>();
        for (ImportRow row : table.rows()) {
            String p = row.get(PROGRAM);
            if (p != null && p.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(p));
            }
        }
        List<Long> allowed = new ArrayList<>();
        for (long id : ids) {
            if (mayRun(actor, id)) {
                allowed.add(id);
            } else {
                forbidden.add(Long.toString(id));
            }
        }
        Map<String, ChecklistImportRepository.Row> byKey = new HashMap<>();
        repository.items(actor.organizationId(), allowed).forEach(r -> {
            byKey.put(key(Long.toString(r.programId()), r.unitCode(), r.title(), r.employeeNumber()), r);
            if (r.email() != null) {
                byKey.put(key(Long.toString(r.programId()), r.unitCode(), r.title(), r.email()), r);
            }
        });
        return new Loaded(byKey, forbidden);
    }

    @Override
    public RowChange<Wanted> map(Loaded loaded, ImportTable table, ImportRow row) {
        String program = row.required(PROGRAM);
        String unit = row.required(UNIT);
        String item = row.text(ITEM, 300);
        row.required(ITEM);
        String person = table.has(PERSON) ? row.text(PERSON, 254) : null;
        row.required(STATUS);
        ItemStatus status = row.choice(STATUS, ItemStatus.class, null);
        String note = table.has(NOTE) ? row.text(NOTE, 2000) : null;
        String key = key(program, unit, item, person);
        if (program != null && loaded.forbidden().contains(program)) {
            row.reject(PROGRAM, "rollout.import.notYourProgram");
            return RowChange.rejected(row, key);
        }
        ChecklistImportRepository.Row existing = loaded.byKey().get(key);
        if (existing == null) {
            if (program != null && unit != null && item != null) {
                row.reject(ITEM, "rollout.import.noSuchItem");
            }
            return RowChange.rejected(row, key);
        }
        String wantedNote = table.has(NOTE) ? note : existing.note();
        Wanted wanted = new Wanted(existing.id(), existing.programId(), status, wantedNote, existing.version());
        if (status == null) {
            return RowChange.rejected(row, key);
        }
        List<String> changed = new ArrayList<>();
        if (status != existing.status()) {
            changed.add(STATUS);
        }
        if (!Objects.equals(wantedNote, existing.note())) {
            changed.add(NOTE);
        }
        return changed.isEmpty() ? RowChange.unchanged(row, key, existing.id(), wanted)
                : RowChange.update(row, key, existing.id(), wanted, changed);
    }

    @Override
    public void checkFile(Loaded loaded, ImportTable table, List<RowChange<Wanted>> changes) {
        DuplicateKeys.reject(changes, ITEM, RowChange::key);
    }

    @Override
    public void apply(Actor actor, Loaded loaded, List<RowChange<Wanted>> changes, ImportProgress progress) {
        List<Wanted> updates = changes.stream().filter(c -> c.is(ImportAction.UPDATE)).map(RowChange::record).toList();
        if (repository.update(actor.organizationId(), updates, actor.displayName()) != updates.size()) {
            throw new StaleVersionException(ChecklistService.ITEM, -1);
        }
        Map<Long, ChecklistImportRepository.Row> before = new HashMap<>();
        loaded.byKey().values().forEach(r -> before.put(r.id(), r));
        List<BulkAudit.Entry> trail = new ArrayList<>(updates.size());
        for (Wanted w : updates) {
            ChecklistImportRepository.Row b = before.get(w.id());
            trail.add(BulkAudit.updated(w.id(), Map.of("status", b.status().name(), "note", b.note() == null ? "" : b.note()),
                    Map.of("status", w.status().name(), "note", w.note() == null ? "" : w.note())));
        }
        audit.write(actor, ChecklistService.ITEM, trail);
        updates.stream().map(Wanted::programId).distinct().forEach(p -> {
            items.recount(actor.organizationId(), p, null);
            readiness.recompute(actor.organizationId(), p);
        });
        progress.advance(changes.size());
    }

    private boolean mayRun(Actor actor, long programId) {
        try {
            return programs.access(actor, programId).edits();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String key(String program, String unit, String item, String person) {
        return (program == null ? "" : program.strip()) + "\u0001" + (unit == null ? "" : unit.strip()) + "\u0001"
                + (item == null ? "" : item.strip().toLowerCase(java.util.Locale.ROOT)) + "\u0001"
                + (person == null ? "" : person.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
