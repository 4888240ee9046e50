package org.uptake.governance.group;

/** A member's role in the group; the chair counts votes and signs, the secretary keeps the minutes (Regulation §4). */
public enum MemberRole {
    CHAIR, DEPUTY, SECRETARY, MEMBER
}
