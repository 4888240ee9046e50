package org.uptake.procurement.integration;

import java.time.LocalDate;

/**
 * Published by the daily check, once per overdue spell, for an integration in use that nobody verified
 * by its due day. The problem log (support) listens and opens an integration-failure problem; procurement
 * itself knows nothing of the problem log, since support depends on procurement and never the reverse.
 */
public record IntegrationVerificationOverdue(long organizationId, long programId, long integrationId, String systemName,
                                             LocalDate lastVerifiedOn, LocalDate dueOn) {

    /** The key the problem log uses to keep one open problem per integration. */
    public String sourceKey() {
        return "integration:" + integrationId;
    }
}
