package org.uptake.shared.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.Slice;

/**
 * Writes and reads the audit trail. Every service that changes a business row calls it inside
 * the same transaction, so a change and its audit entry commit or roll back together.
 */
@Service
public class AuditLog {

    /** Bookkeeping columns that change on every save and would only add noise to the trail. */
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt", "organizationId");

    /**
     * The audited components of each record type, looked up once: {@code getRecordComponents()}
     * reads class metadata on every call, which an import of 100,000 records cannot afford.
     */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).filter(c -> !IGNORED.contains(c.getName())).toList();
        }
    };

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    public void created(Actor actor, String entityType, long entityId, Object record) {
        Map<String, Object> changes = new LinkedHashMap<>();
        valuesOf(record).forEach((k, v) -> {
            if (v != null) {
                changes.put(k, List.of("", v));
            }
        });
        repository.insert(actor, entityType, entityId, "created", changes);
    }

    public void updated(Actor actor, String entityType, long entityId, Object before, Object after) {
        Map<String, Object> changes = diff(valuesOf(before), valuesOf(after));
        if (!changes.isEmpty()) {
            repository.insert(actor, entityType, entityId, "updated", changes);
        }
    }

    public void deleted(Actor actor, String entityType, long entityId, Object before) {
        Map<String, Object> changes = new LinkedHashMap<>();
        valuesOf(before).forEach((k, v) -> {
            if (v != null) {
                changes.put(k, List.of(v, ""));
            }
        });
        repository.insert(actor, entityType, entityId, "deleted", changes);
    }

    /** A change that is not a plain field edit (moved, invited, deactivated…), with free-form details. */
    public void action(Actor actor, String entityType, long entityId, String action, Map<String, ?> details) {
        repository.insert(actor, entityType, entityId, action, new LinkedHashMap<>(details));
    }

    /** The same named action on many records at once, in one statement. */
    public void actionForEach(Actor actor, String entityType, Collection<Long> entityIds, String action, Map<String, ?> details) {
        if (!entityIds.isEmpty()) {
            repository.insertForEach(actor, entityType, entityIds, action, new LinkedHashMap<>(details));
        }
    }

    /** The organisation's trail for the audit log page, newest first; admins only. */
    public Slice<AuditEntry> search(Actor actor, AuditQuery query) {
        actor.require("read the audit log", Role.ADMIN);
        return Slice.of(repository.search(actor.organizationId(), query), query.size(), e -> new Cursor("", e.id()));
    }

    public List<AuditEntry> history(long organizationId, String entityType, long entityId, int limit) {
        return repository.findForEntity(organizationId, entityType, entityId, limit);
    }

    public List<AuditEntry> recent(long organizationId, Long beforeId, int limit) {
        return repository.findRecent(organizationId, beforeId, limit);
    }

    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            Object old = before.get(k);
            if (!Objects.equals(old, v)) {
                changes.put(k, List.of(old == null ? "" : old, v == null ? "" : v));
            }
        });
        return changes;
    }

    static Map<String, Object> valuesOf(Object record) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (record instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.put(String.valueOf(k), simple(v)));
            return values;
        }
        if (record == null || !record.getClass().isRecord()) {
            return values;
        }
        for (RecordComponent c : COMPONENTS.get(record.getClass())) {
            try {
                values.put(c.getName(), simple(c.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " for the audit trail", e);
            }
        }
        return values;
    }

    private static Object simple(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return v.toString();
    }
}
