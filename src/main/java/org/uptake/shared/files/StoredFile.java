package org.uptake.shared.files;

import java.time.Instant;

/** An uploaded file's description; its bytes are read separately, only when needed. */
public record StoredFile(long id, long organizationId, String name, String contentType, long sizeBytes, Instant createdAt) {
}
