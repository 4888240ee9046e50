package org.uptake.approval;

/** One approver's answer. Conditions travel with an approval so the requesting module can turn them into tasks. */
public enum SignOffDecision {
    APPROVED, APPROVED_WITH_CONDITIONS, REJECTED;

    public boolean approves() {
        return this != REJECTED;
    }
}
