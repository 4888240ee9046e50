package org.uptake.approval.event;

/** A new request was made; its first step opens at the same time ({@link SignOffStepOpened}). */
public record SignOffRequested(long organizationId, long signOffId, String subjectType, Long subjectId, Long unitId,
                               Long requesterPersonId) implements SignOffEvent {
}
