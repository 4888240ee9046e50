package org.uptake.training.enrolment;

import java.util.List;

/** Attendance or scores of these people changed in a session; completion is re-evaluated for them. */
public record AttendanceMarked(long organizationId, long programId, long sessionId, long courseId, List<Long> personIds) {
}
