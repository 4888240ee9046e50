package org.uptake.governance.meeting;

public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
