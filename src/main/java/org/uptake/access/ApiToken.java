package org.uptake.access;

import java.time.Instant;
import java.util.List;

/** An API token's visible facts; the secret itself is shown once at creation and only its hash is kept. */
public record ApiToken(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {

    public boolean isActive() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
