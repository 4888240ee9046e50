package org.uptake.rollout.migration;

/** The three ways of seed S2: the system's built-in (CSV) import, a migration tool, or a custom migration. */
public enum MigrationMethod {
    BUILT_IN_IMPORT, TOOL, CUSTOM
}
