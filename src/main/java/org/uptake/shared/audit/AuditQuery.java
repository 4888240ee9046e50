package org.uptake.shared.audit;

import org.uptake.shared.paging.Cursor;

/**
 * What the audit log page asks for: optionally one kind of record (and one record of it), one
 * user's changes, and the position after which to continue (newest first).
 */
public record AuditQuery(String entityType, Long entityId, Long userId, String after, int size) {

    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        entityType = entityType == null || entityType.isBlank() ? null : entityType.strip();
        if (entityType != null && entityType.length() > 64) {
            entityType = entityType.substring(0, 64);
        }
        entityId = entityType == null ? null : entityId;
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 200);
    }

    /** The id the previous page ended with; anything unreadable starts from the newest entry. */
    Long afterId() {
        Cursor cursor = Cursor.decode(after);
        return cursor == null ? null : cursor.id();
    }
}
