package org.uptake.approval;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sign-off request as other modules see it: the subject, where it stands, its round and
 * whether it has gone stale since it was given.
 *
 * @param currentStep the ordinal of the open step, {@code null} once the request is closed
 */
public record SignOff(long id, long organizationId, String subjectType, Long subjectId, String title,
                      String description, String linkPath, Long unitId, Long requestedByUserId,
                      Long requesterPersonId, String requesterName, SignOffStatus status, int round,
                      Integer currentStep, LocalDate dueOn, boolean stale, String staleReason, Instant staleAt,
                      Instant createdAt, Instant decidedAt, int version) {

    public boolean isOpen() {
        return status == SignOffStatus.OPEN;
    }

    /** Approved and not flagged stale since: the green light still holds. */
    public boolean holds() {
        return status == SignOffStatus.APPROVED && !stale;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
