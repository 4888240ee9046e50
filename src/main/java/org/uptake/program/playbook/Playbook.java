package org.uptake.program.playbook;

import java.time.Instant;

/**
 * A playbook template: built in (read-only, {@code organizationId} null) or an organisation's own.
 * {@code latestVersion} is the newest published version (0: never published); {@code hasDraft} tells
 * that unpublished edits exist.
 */
public record Playbook(long id, Long organizationId, String code, String name, boolean builtIn, Long copiedFromId,
                       int latestVersion, boolean hasDraft, int version, Instant updatedAt) {

    public boolean publishable() {
        return hasDraft;
    }

    public boolean usable() {
        return latestVersion > 0;
    }
}
