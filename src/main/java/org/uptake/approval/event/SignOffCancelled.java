package org.uptake.approval.event;

/** The requester (or an admin) withdrew an open request. */
public record SignOffCancelled(long organizationId, long signOffId, String subjectType, Long subjectId, Long unitId,
                               String reason) implements SignOffEvent {
}
