package org.uptake.governance.group;

/** What a tied vote means: the chair's vote decides, or the proposal is rejected. */
public enum TieRule {
    CHAIR_DECIDES, REJECTED
}
