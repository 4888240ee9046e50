package org.uptake.shared;

/** What a person may do in Uptake; a unit head's rights reach only the subtree of the units they head. */
public enum Role {
    ADMIN, COORDINATOR, UNIT_HEAD, EMPLOYEE, VIEWER
}
