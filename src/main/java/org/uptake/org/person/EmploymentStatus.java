package org.uptake.org.person;

/** Whether a person works here now; people who LEFT keep their history but lose their account. */
public enum EmploymentStatus {
    ACTIVE, ON_LEAVE, LEFT
}
