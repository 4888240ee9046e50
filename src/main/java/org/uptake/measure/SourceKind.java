package org.uptake.measure;

/** Where a measurement came from: typed in by a person, imported from a file, or received through the API. */
public enum SourceKind {
    MANUAL, IMPORT, API
}
