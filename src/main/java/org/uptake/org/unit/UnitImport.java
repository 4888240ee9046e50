package org.uptake.org.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.org.OrgValidation;
import org.uptake.shared.Actor;
import org.uptake.shared.importing.DuplicateKeys;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.ReferenceCycles;
import org.uptake.shared.importing.RowChange;

/**
 * Importing the unit tree: a row updates the unit with its code or creates one; the parent is
 * named by code (possibly a unit further down the file), heads by employee number or e-mail.
 * A new parent moves the unit with its subtree. Refused: duplicate codes, unknown parents or
 * heads, and any loop in the tree once the file is laid over the existing units.
 */
@Component
class UnitImport implements ImportKind<UnitsSnapshot, ImportedUnit> {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String PARENT = "parent_code";
    static final String HEAD = "head";
    static final String ACTING_HEAD = "acting_head";
    static final String DEFAULT_TYPE = "department";
    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required(CODE, "ST-01"),
            ImportColumn.required(NAME, "Station North"), ImportColumn.optional(TYPE, "station"),
            ImportColumn.optional(PARENT, "REG-1"), ImportColumn.optional(HEAD, "10001"),
            ImportColumn.optional(ACTING_HEAD, ""));

    private final UnitRepository units;
    private final UnitBulkRepository bulk;
    private final UnitImportWriter writer;

    UnitImport(UnitRepository units, UnitBulkRepository bulk, UnitImportWriter writer) {
        this.units = units;
        this.bulk = bulk;
        this.writer = writer;
    }

    @Override
    public String key() {
        return "units";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> keyColumns() {
        return List.of(CODE);
    }

    @Override
    public UnitsSnapshot load(Actor actor, ImportTable table) {
        Map<String, Long> byNumber = new HashMap<>();
        Map<String, Long> byEmail = new HashMap<>();
        bulk.currentPeople(actor.organizationId(), byNumber, byEmail);
        var snapshot = new UnitsSnapshot(units.all(actor.organizationId()), byNumber, byEmail);
        table.rows().forEach(r -> {
            if (r.get(CODE) != null) {
                snapshot.fileCodes.putIfAbsent(r.get(CODE), r.line());
            }
        });
        return snapshot;
    }

    @Override
    public RowChange<ImportedUnit> map(UnitsSnapshot s, ImportTable table, ImportRow row) {
        String code = row.text(CODE, 64);
        row.required(CODE);
        if (code != null && !OrgValidation.isCode(code)) {
            row.reject(CODE, "validation.code");
        }
        String name = row.text(NAME, 200);
        row.required(NAME);
        Unit existing = code == null ? null : s.byCode.get(code);
        String type = table.has(TYPE) ? row.text(TYPE, 64) : null;
        if (type == null) {
            type = existing == null ? DEFAULT_TYPE : existing.unitType();
        }
        var wanted = new ImportedUnit(code, name, type, parent(s, table, row, existing),
                person(s, table, row, HEAD, existing == null ? null : existing.headPersonId()),
                person(s, table, row, ACTING_HEAD, existing == null ? null : existing.actingHeadPersonId()));
        if (existing == null) {
            return RowChange.create(row, code, wanted);
        }
        return RowChange.update(row, code, existing.id(), wanted, changedColumns(existing, wanted));
    }

    private static long parent(UnitsSnapshot s, ImportTable table, ImportRow row, Unit existing) {
        if (!table.has(PARENT)) {
            return existing == null || existing.parentId() == null ? 0 : existing.parentId();
        }
        String code = row.get(PARENT);
        if (code == null) {
            return 0;
        }
        Long node = s.node(code);
        if (node == null) {
            row.reject(PARENT, "import.unit.error.parentUnknown");
            return 0;
        }
        return node;
    }

    private static Long person(UnitsSnapshot s, ImportTable table, ImportRow row, String column, Long current) {
        if (!table.has(column)) {
            return current;
        }
        String key = row.get(column);
        if (key == null) {
            return null;
        }
        Long id = key.contains("@") ? s.peopleByEmail.get(key.toLowerCase(Locale.ROOT)) : s.peopleByNumber.get(key);
        if (id == null) {
            row.reject(column, "import.unit.error.headUnknown");
        }
        return id;
    }

    private static List<String> changedColumns(Unit u, ImportedUnit w) {
        List<String> changed = new ArrayList<>();
        addIf(changed, NAME, u.name(), w.name());
        addIf(changed, TYPE, u.unitType(), w.unitType());
        addIf(changed, PARENT, u.parentId() == null ? 0L : u.parentId(), w.parentTarget());
        addIf(changed, HEAD, u.headPersonId(), w.headPersonId());
        addIf(changed, ACTING_HEAD, u.actingHeadPersonId(), w.actingHeadPersonId());
        return changed;
    }

    private static void addIf(List<String> changed, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    @Override
    public void checkFile(UnitsSnapshot s, ImportTable table, List<RowChange<ImportedUnit>> changes) {
        DuplicateKeys.reject(changes, CODE, c -> c.row().get(CODE));
        Map<Long, RowChange<ImportedUnit>> inFile = new HashMap<>();
        for (RowChange<ImportedUnit> c : changes) {
            inFile.putIfAbsent(c.existingId() != null ? c.existingId() : -c.row().line(), c);
        }
        List<List<Long>> cycles = ReferenceCycles.find(inFile.keySet(), node -> {
            RowChange<ImportedUnit> c = inFile.get(node);
            if (c != null) {
                return c.record() == null || c.record().parentTarget() == 0 ? null : c.record().parentTarget();
            }
            Unit u = s.byId.get(node);
            return u == null ? null : u.parentId();
        });
        for (List<Long> cycle : cycles) {
            List<String> codes = new ArrayList<>();
            cycle.forEach(node -> codes.add(inFile.containsKey(node) ? inFile.get(node).key() : s.byId.get(node).code()));
            codes.add(codes.getFirst());
            String chain = String.join(" → ", codes);
            cycle.stream().map(inFile::get).filter(Objects::nonNull)
                    .forEach(c -> c.reject(PARENT, "import.unit.error.cycle", chain));
        }
    }

    @Override
    public void apply(Actor actor, UnitsSnapshot s, List<RowChange<ImportedUnit>> changes, ImportProgress progress) {
        writer.write(actor, s, changes.stream().filter(c -> c.is(ImportAction.CREATE) || c.is(ImportAction.UPDATE)).toList());
        progress.advance(changes.size());
    }
}
