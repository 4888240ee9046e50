package org.uptake.org.person;

/** A person as lists show them. */
public record PersonRow(long id, String fullName, String email, String employeeNumber, String employmentStatus,
                        Long unitId, String unitName, String positionTitle) {
}
