package org.uptake.approval.event;

/** After a rejection (or a stale approval) the request was asked again: a new round with the same steps. */
public record SignOffRoundStarted(long organizationId, long signOffId, String subjectType, Long subjectId, Long unitId,
                                  int round) implements SignOffEvent {
}
