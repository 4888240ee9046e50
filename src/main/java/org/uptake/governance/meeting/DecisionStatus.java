package org.uptake.governance.meeting;

/** A proposal being voted on, or its outcome once the chair counted the votes. */
public enum DecisionStatus {
    VOTING, ADOPTED, REJECTED
}
