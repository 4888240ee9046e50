package org.uptake.org.person;

/** A person in the organisation: the directory entry every training, survey and sign-off refers to. */
public record Person(long id, long organizationId, String employeeNumber, String email, String fullName, Long unitId,
                     Long positionId, Long managerId, EmploymentStatus employmentStatus, String timeZone,
                     String language, int version) {
}
