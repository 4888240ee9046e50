package org.uptake.program.risk;

/** Where a risk stands: still open, being mitigated, it happened, or no longer a risk. */
public enum RiskStatus {
    OPEN, MITIGATING, OCCURRED, CLOSED;

    /** Open and mitigating risks are the ones the heat map shows: they can still hurt. */
    public boolean active() {
        return this == OPEN || this == MITIGATING;
    }
}
