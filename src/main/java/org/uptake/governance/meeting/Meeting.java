package org.uptake.governance.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** One meeting of a group, numbered within the group. */
public record Meeting(long id, long organizationId, long groupId, int number, LocalDate heldOn, String place, String agenda,
                      String minutes, MeetingStatus status, int version, Instant createdAt, Instant updatedAt) {
}
