package org.uptake.engagement.stakeholder;

/** One person (of the organisation or from outside) or a group of people (a union, a department, customers). */
public enum StakeholderKind {
    PERSON, GROUP
}
