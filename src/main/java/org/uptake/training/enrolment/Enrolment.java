package org.uptake.training.enrolment;

/** A person's place in a session, with what the trainer marked and what the person said about it. */
public record Enrolment(long id, long sessionId, long personId, String personName, String email, String unitName,
                        EnrolmentStatus status, Attendance attendance, Integer score, Integer feedbackRating,
                        String feedbackComment, int version) {
}
