package org.uptake.approval.event;

/** A module flagged the request stale: what was signed off no longer matches the facts (e.g. readiness dropped). */
public record SignOffMarkedStale(long organizationId, long signOffId, String subjectType, Long subjectId, Long unitId,
                                 String reason) implements SignOffEvent {
}
