package org.uptake.org.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.org.OrgValidation;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.db.TableCopy;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.importing.DuplicateKeys;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportColumn;
import org.uptake.shared.importing.ImportKind;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;
import org.uptake.shared.importing.RowChange;

/** Importing positions: a row updates the position with its code or creates one. */
@Component
class PositionImport implements ImportKind<Map<String, Position>, Position> {

    static final String CODE = "code";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required(CODE, "MECH"),
            ImportColumn.required(TITLE, "Mechanic"), ImportColumn.optional(DESCRIPTION, "Services and repairs cars"));

    private final PositionBulkRepository bulk;
    private final TableCopy copy;
    private final BulkAudit audit;

    PositionImport(PositionBulkRepository bulk, TableCopy copy, BulkAudit audit) {
        this.bulk = bulk;
        this.copy = copy;
        this.audit = audit;
    }

    @Override
    public String key() {
        return "positions";
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
    public Map<String, Position> load(Actor actor, ImportTable table) {
        Map<String, Position> byCode = new HashMap<>();
        bulk.all(actor.organizationId()).forEach(p -> byCode.put(p.code(), p));
        return byCode;
    }

    @Override
    public RowChange<Position> map(Map<String, Position> byCode, ImportTable table, ImportRow row) {
        String code = row.text(CODE, 64);
        row.required(CODE);
        if (code != null && !OrgValidation.isCode(code)) {
            row.reject(CODE, "validation.code");
        }
        String title = row.text(TITLE, 200);
        row.required(TITLE);
        Position existing = code == null ? null : byCode.get(code);
        String description = table.has(DESCRIPTION) ? row.text(DESCRIPTION, 4000) : existing == null ? null : existing.description();
        if (existing == null) {
            return RowChange.create(row, code, new Position(0, 0, code, title, description, 0));
        }
        Position wanted = new Position(existing.id(), existing.organizationId(), code, title, description, existing.version());
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(existing.title(), title)) {
            changed.add(TITLE);
        }
        if (!Objects.equals(existing.description(), description)) {
            changed.add(DESCRIPTION);
        }
        return RowChange.update(row, code, existing.id(), wanted, changed);
    }

    @Override
    public void checkFile(Map<String, Position> byCode, ImportTable table, List<RowChange<Position>> changes) {
        DuplicateKeys.reject(changes, CODE, c -> c.row().get(CODE));
    }

    @Override
    public void apply(Actor actor, Map<String, Position> byCode, List<RowChange<Position>> changes, ImportProgress progress) {
        long org = actor.organizationId();
        List<Position> creates = changes.stream().filter(c -> c.is(ImportAction.CREATE)).map(RowChange::record).toList();
        List<RowChange<Position>> updates = changes.stream().filter(c -> c.is(ImportAction.UPDATE)).toList();
        List<Long> ids = copy.nextIds("position", creates.size());
        List<BulkAudit.Entry> trail = new ArrayList<>();
        if (!creates.isEmpty()) {
            copy.copy("position (id, organization_id, code, title, description)", rows -> {
                for (int i = 0; i < creates.size(); i++) {
                    Position p = creates.get(i);
                    rows.add(ids.get(i), org, p.code(), p.title(), p.description());
                    trail.add(BulkAudit.created(ids.get(i), new Position(ids.get(i), org, p.code(), p.title(), p.description(), 0)));
                }
            });
        }
        if (bulk.updateAll(org, updates.stream().map(RowChange::record).toList()) != updates.size()) {
            throw new StaleVersionException(PositionService.ENTITY, -1);
        }
        updates.forEach(c -> trail.add(BulkAudit.updated(c.existingId(), byCode.get(c.key()), c.record())));
        audit.write(actor, PositionService.ENTITY, trail);
        progress.advance(changes.size());
    }
}
