package org.uptake.approval.event;

/** An approver let another person decide this request for them. */
public record SignOffDelegated(long organizationId, long signOffId, String subjectType, Long subjectId,
                               long approverPersonId, long delegatePersonId) implements SignOffEvent {
}
