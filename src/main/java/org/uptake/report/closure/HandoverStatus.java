package org.uptake.report.closure;

/** Where the handover to operations stands: prepared, waiting for the line owner's acceptance, or accepted. */
public enum HandoverStatus {
    DRAFT, IN_SIGN_OFF, ACCEPTED
}
