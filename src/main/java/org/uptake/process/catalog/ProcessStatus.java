package org.uptake.process.catalog;

/** Where a specification stands: being written, waiting for sign-off, or approved and published. */
public enum ProcessStatus {
    DRAFT, SUBMITTED, APPROVED
}
