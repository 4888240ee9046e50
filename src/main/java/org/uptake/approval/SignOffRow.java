package org.uptake.approval;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as lists show it.
 *
 * @param actingFor in the "waiting for me" list, the approver the actor would decide for as their delegate
 */
public record SignOffRow(long id, String title, String subjectType, SignOffStatus status, int round, LocalDate dueOn,
                         boolean stale, String requesterName, String unitName, String stepName, Integer stepOrdinal,
                         Instant createdAt, Instant decidedAt, String actingFor) {

    public boolean isOverdue(LocalDate today) {
        return status == SignOffStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
