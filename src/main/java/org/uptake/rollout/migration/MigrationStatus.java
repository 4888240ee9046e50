package org.uptake.rollout.migration;

/** Where a migration stands, derived from its steps; only DONE counts for readiness. */
public enum MigrationStatus {
    PLANNED, BACKED_UP, TESTED, MIGRATED, DONE, TEST_FAILED
}
