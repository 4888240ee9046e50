package org.uptake.governance.document;

import java.time.Instant;

/** A template: built in (no organisation, read-only) or the organisation's own; its body lives in numbered versions. */
public record DocumentTemplate(long id, Long organizationId, String code, DocumentKind kind, String language,
                               String jurisdiction, String title, int currentVersion, Long copiedFromId, int version,
                               Instant createdAt, Instant updatedAt) {

    public boolean builtIn() {
        return organizationId == null;
    }
}
