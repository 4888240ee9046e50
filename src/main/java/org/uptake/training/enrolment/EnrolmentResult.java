package org.uptake.training.enrolment;

/** What a bulk enrolment did: seats taken, people put on the waitlist, people who were already in. */
public record EnrolmentResult(int enrolled, int waitlisted, int alreadyIn) {
}
