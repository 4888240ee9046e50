package org.uptake.governance.document;

import java.time.Instant;

/** One saved body of a template; documents remember the version they were filled from. */
public record TemplateVersion(long templateId, int number, String body, String note, Long createdBy, Instant createdAt) {
}
