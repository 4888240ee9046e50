package org.uptake.training.enrolment;

/** A person was taken out of a session; if they were invited, their calendar must drop the event. */
public record Unenrolled(long organizationId, long sessionId, long personId, String byName) {
}
