package org.uptake.approval.event;

import java.time.Instant;

/**
 * A step was rejected, so the request is. The requester may start a new round.
 *
 * @param rejectedByPersonId the approver whose rejection decided it
 * @param actingPersonId     the delegate who decided for them, or {@code null}
 */
public record SignOffRejected(long organizationId, long signOffId, String subjectType, Long subjectId, Long unitId,
                              int round, long rejectedByPersonId, Long actingPersonId, String reason,
                              Instant rejectedAt) implements SignOffEvent {
}
