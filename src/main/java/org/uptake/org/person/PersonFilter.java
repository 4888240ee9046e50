package org.uptake.org.person;

/** Narrows the people list: a unit (with its subtree), a position, an employment status. */
public record PersonFilter(Long unitId, Long positionId, EmploymentStatus status) {
    public static final PersonFilter NONE = new PersonFilter(null, null, null);
}
