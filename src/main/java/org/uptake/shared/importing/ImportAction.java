package org.uptake.shared.importing;

/** What applying a row would do. */
public enum ImportAction {
    CREATE, UPDATE, UNCHANGED, ERROR
}
