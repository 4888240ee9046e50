package org.uptake.support;

import java.time.Instant;

/** A screenshot or document attached to a problem; the bytes live in the shared file store. */
public record ProblemAttachment(long id, long fileId, String name, String contentType, long sizeBytes,
                                String authorName, Instant createdAt) {
}
