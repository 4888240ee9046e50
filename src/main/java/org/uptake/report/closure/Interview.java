package org.uptake.report.closure;

import java.time.LocalDate;

/** An interview with a person involved in the program: who, when, in which role, and what they said. */
public record Interview(long id, long programId, long personId, String personName, LocalDate interviewedOn, String role,
                        String notes, int version) {
}
