package org.uptake.procurement.integration;

/** Where an integration stands; only the ones in use (active, failed) are due for verification. */
public enum IntegrationStatus {
    PLANNED, IN_DEVELOPMENT, ACTIVE, FAILED, RETIRED;

    public boolean inUse() {
        return this == ACTIVE || this == FAILED;
    }
}
