package org.uptake.competency.plan;

import java.time.Instant;

/**
 * The hook for the training module (which comes later and may depend on this module, not the other
 * way round): it publishes this when a person completes a course; every open plan item of that
 * person linked to the course is closed and marked for re-assessment.
 */
public record CourseCompleted(long organizationId, long personId, String courseRef, Instant completedAt) {
}
