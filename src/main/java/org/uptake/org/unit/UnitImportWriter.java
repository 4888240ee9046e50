package org.uptake.org.unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.db.TableCopy;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.RowChange;

/**
 * Writes a checked units import. The whole tree is laid out again in memory (existing units with
 * the file's changes over them) so that every materialised path is right at once: new units go in
 * with one COPY, changed units and the descendants of moved ones with one UPDATE. Descendants that
 * only follow a moved ancestor keep their version and get no audit entry, as with a move by hand.
 */
@Component
class UnitImportWriter {

    private final UnitBulkRepository bulk;
    private final TableCopy copy;
    private final BulkAudit audit;

    UnitImportWriter(UnitBulkRepository bulk, TableCopy copy, BulkAudit audit) {
        this.bulk = bulk;
        this.copy = copy;
        this.audit = audit;
    }

    void write(Actor actor, UnitsSnapshot s, List<RowChange<ImportedUnit>> changes) {
        long org = actor.organizationId();
        List<RowChange<ImportedUnit>> creates = changes.stream().filter(c -> c.is(ImportAction.CREATE)).toList();
        List<Long> ids = copy.nextIds("unit", creates.size());
        Map<Integer, Long> newIds = new HashMap<>();
        for (int i = 0; i < creates.size(); i++) {
            newIds.put(creates.get(i).row().line(), ids.get(i));
        }
        Map<Long, Long> parentOf = new HashMap<>();
        s.byId.values().forEach(u -> parentOf.put(u.id(), u.parentId()));
        Map<Long, ImportedUnit> wanted = new HashMap<>();
        for (RowChange<ImportedUnit> c : changes) {
            long id = c.existingId() != null ? c.existingId() : newIds.get(c.row().line());
            wanted.put(id, c.record());
            parentOf.put(id, resolve(c.record().parentTarget(), newIds));
        }
        Map<Long, String> paths = paths(parentOf);
        List<BulkAudit.Entry> trail = new ArrayList<>();
        List<Unit> created = new ArrayList<>();
        for (Long id : ids) {
            created.add(unit(id, org, wanted.get(id), parentOf.get(id), paths.get(id), 0));
        }
        if (!created.isEmpty()) {
            copy.copy("unit (id, organization_id, code, name, unit_type, parent_id, path, depth, head_person_id, "
                    + "acting_head_person_id)", rows -> created.forEach(u -> rows.add(u.id(), org, u.code(), u.name(),
                    u.unitType(), u.parentId(), u.path(), u.depth(), u.headPersonId(), u.actingHeadPersonId())));
            created.forEach(u -> trail.add(BulkAudit.created(u.id(), u)));
        }
        List<UnitBulkRepository.Change> updates = new ArrayList<>();
        for (Unit before : s.byId.values()) {
            ImportedUnit w = wanted.get(before.id());
            Unit after = w == null ? new Unit(before.id(), org, before.code(), before.name(), before.unitType(), before.parentId(),
                    paths.get(before.id()), depth(paths.get(before.id())), before.headPersonId(), before.actingHeadPersonId(),
                    before.version()) : unit(before.id(), org, w, parentOf.get(before.id()), paths.get(before.id()), before.version());
            if (!after.equals(before)) {
                updates.add(new UnitBulkRepository.Change(after, w != null));
                if (w != null) {
                    trail.add(BulkAudit.updated(before.id(), before, after));
                }
            }
        }
        if (bulk.updateAll(org, updates) != updates.size()) {
            throw new StaleVersionException(UnitService.ENTITY, -1);
        }
        audit.write(actor, UnitService.ENTITY, trail.stream().filter(Objects::nonNull).toList());
    }

    private static Long resolve(long target, Map<Integer, Long> newIds) {
        return target == 0 ? null : target > 0 ? target : newIds.get((int) -target);
    }

    private static Unit unit(long id, long org, ImportedUnit w, Long parentId, String path, int version) {
        return new Unit(id, org, w.code(), w.name(), w.unitType(), parentId, path, depth(path), w.headPersonId(),
                w.actingHeadPersonId(), version);
    }

    /** "/1/7/42/" is at depth 2. */
    private static int depth(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 2;
    }

    /** Every unit's materialised path from the parent links (already known to be free of cycles). */
    static Map<Long, String> paths(Map<Long, Long> parentOf) {
        Map<Long, String> paths = new HashMap<>(parentOf.size() * 2);
        for (Long start : parentOf.keySet()) {
            Deque<Long> chain = new ArrayDeque<>();
            Long node = start;
            while (node != null && !paths.containsKey(node)) {
                chain.push(node);
                node = parentOf.get(node);
            }
            String prefix = node == null ? "/" : paths.get(node);
            while (!chain.isEmpty()) {
                Long id = chain.pop();
                prefix = prefix + id + "/";
                paths.put(id, prefix);
            }
        }
        return paths;
    }
}
