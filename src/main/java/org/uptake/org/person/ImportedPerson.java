package org.uptake.org.person;

/**
 * A person as an import row asks for them: the values after the row is applied (columns the
 * file leaves out keep the existing values). {@code managerTarget} is an existing person's id
 * (positive), a person created by the row of that number (negative: {@code -row}), or 0 for none.
 */
record ImportedPerson(String employeeNumber, String email, String fullName, Long unitId, Long positionId,
                      long managerTarget, EmploymentStatus status, String timeZone, String language) {
}
