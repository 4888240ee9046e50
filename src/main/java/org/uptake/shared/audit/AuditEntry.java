package org.uptake.shared.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One change: who made it, when, to which record, and each changed field's old and new value. */
public record AuditEntry(long id, Instant at, Long actorUserId, String actorName, String entityType, long entityId,
                         String action, Map<String, Object> changes) {

    /** One line of an entry as pages show it: a field with its old and new value, or a detail of a named action. */
    public record Line(String field, Object before, Object after, boolean diff) {
    }

    /**
     * The changes ready to show: worked out here once rather than by type checks in the template,
     * which cost more than the query on a page of fifty entries.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(changes.size());
        changes.forEach((field, value) -> {
            if (value instanceof List<?> pair && pair.size() == 2) {
                lines.add(new Line(field, pair.get(0), pair.get(1), true));
            } else {
                lines.add(new Line(field, null, value, false));
            }
        });
        return lines;
    }
}
