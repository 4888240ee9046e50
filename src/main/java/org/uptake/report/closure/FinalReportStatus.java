package org.uptake.report.closure;

/** Where the final report stands: written, frozen while it waits for sign-off, or signed (and immutable). */
public enum FinalReportStatus {
    DRAFT, IN_SIGN_OFF, SIGNED
}
