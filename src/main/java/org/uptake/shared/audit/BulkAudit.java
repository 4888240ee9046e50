package org.uptake.shared.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.shared.db.TableCopy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of a bulk change (an import of 100,000 people): the same entries
 * {@link AuditLog} writes one by one, written in one COPY inside the caller's transaction.
 */
@Service
public class BulkAudit {

    private final TableCopy copy;
    private final JsonMapper json;

    BulkAudit(TableCopy copy, JsonMapper json) {
        this.copy = copy;
        this.json = json;
    }

    /** One entry: what happened to which record, with the changes as {@link AuditLog} records them. */
    public record Entry(long entityId, String action, Map<String, Object> changes) {
    }

    /** A "created" entry listing the record's values (a record or a map of field → value). */
    public static Entry created(long entityId, Object record) {
        Map<String, Object> changes = new LinkedHashMap<>();
        AuditLog.valuesOf(record).forEach((k, v) -> {
            if (v != null) {
                changes.put(k, List.of("", v));
            }
        });
        return new Entry(entityId, "created", changes);
    }

    /** An "updated" entry with the fields that differ, or {@code null} when none does. */
    public static Entry updated(long entityId, Object before, Object after) {
        Map<String, Object> changes = AuditLog.diff(AuditLog.valuesOf(before), AuditLog.valuesOf(after));
        return changes.isEmpty() ? null : new Entry(entityId, "updated", changes);
    }

    public void write(Actor actor, String entityType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Long userId = actor.userId() == 0 ? null : actor.userId();
        copy.copy("audit_entry (organization_id, actor_user_id, actor_name, entity_type, entity_id, action, changes)", rows -> {
            for (Entry e : entries) {
                if (e != null) {
                    rows.add(actor.organizationId(), userId, actor.displayName(), entityType, e.entityId(), e.action(),
                            json.writeValueAsString(e.changes()));
                }
            }
        });
    }
}
