package org.uptake.governance.group;

/** A member of a group: the person (with the position they hold), their role and their powers in words. */
public record GroupMember(long id, long groupId, long personId, String personName, String positionTitle, String email,
                          MemberRole role, String powers) {
}
