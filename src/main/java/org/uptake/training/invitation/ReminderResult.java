package org.uptake.training.invitation;

/** Reminders queued for a course: people not enrolled, people who did not come, and addresses that could not be used. */
public record ReminderResult(int notEnrolled, int noShows, int invalidAddresses) {
}
