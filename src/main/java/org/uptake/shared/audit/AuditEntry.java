package org.uptake.shared.audit;

import java.time.Instant;
import java.util.Map;

/** One change: who made it, when, to which record, and each changed field's old and new value. */
public record AuditEntry(long id, Instant at, Long actorUserId, String actorName, String entityType, long entityId,
                         String action, Map<String, Object> changes) {
}
