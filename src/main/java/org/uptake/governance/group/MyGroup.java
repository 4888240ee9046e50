package org.uptake.governance.group;

/** A group a person sits in, with their role there. */
public record MyGroup(long id, String name, GroupKind kind, MemberRole role) {
}
