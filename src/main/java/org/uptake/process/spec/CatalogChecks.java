package org.uptake.process.spec;

import java.util.List;
import org.uptake.process.catalog.ProcessRow;

/**
 * The catalog against the rules every process must meet: a client, a 2-4 sentence description, an
 * owner; regular repetition; executors resolved to positions.
 */
public record CatalogChecks(long processes, long approved, int averageCompleteness, List<ProcessRow> withoutClient,
                            List<ProcessRow> badDescription, List<ProcessRow> withoutOwner, List<ProcessRow> oneOff,
                            List<ProvisionalRole> provisionalRoles) {

    public boolean clean() {
        return withoutClient.isEmpty() && badDescription.isEmpty() && withoutOwner.isEmpty() && oneOff.isEmpty()
                && provisionalRoles.isEmpty();
    }
}
