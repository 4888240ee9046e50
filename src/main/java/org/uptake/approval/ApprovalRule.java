package org.uptake.approval;

/**
 * How many approvals a step needs: one (ANY), every approver (ALL) or N of the M approvers
 * (QUORUM). A step is rejected as soon as the approvals it needs can no longer be reached, so
 * ALL fails on the first rejection and ANY only when everyone has rejected.
 */
public enum ApprovalRule {
    ANY, ALL, QUORUM;

    /** The approvals needed out of {@code approvers}; the quorum counts only for QUORUM. */
    public int needed(int approvers, Integer quorum) {
        return switch (this) {
            case ANY -> 1;
            case ALL -> approvers;
            case QUORUM -> quorum == null ? approvers : quorum;
        };
    }
}
