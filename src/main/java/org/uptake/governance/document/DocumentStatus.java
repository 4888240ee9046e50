package org.uptake.governance.document;

/** The lifecycle: draft → sign-off → approved → registered (number and date) → in force → superseded or cancelled. */
public enum DocumentStatus {
    DRAFT, IN_SIGN_OFF, APPROVED, REGISTERED, IN_FORCE, SUPERSEDED, CANCELLED;

    public boolean finished() {
        return this == SUPERSEDED || this == CANCELLED;
    }
}
