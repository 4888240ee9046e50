package org.uptake.training.enrolment;

/** Enrolled people hold a seat; waitlisted people get one, in order, when a seat frees up. */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED
}
