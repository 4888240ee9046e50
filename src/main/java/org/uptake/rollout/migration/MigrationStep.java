package org.uptake.rollout.migration;

/** The steps of a migration, in the order the gate allows them. */
public enum MigrationStep {
    BACKUP, TEST_BEFORE, MIGRATE, TEST_AFTER
}
