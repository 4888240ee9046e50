package org.uptake.governance.meeting;

import org.uptake.governance.group.MemberRole;

/** A member of the group as the meeting sees them; {@code present} is null until attendance is recorded. */
public record Attendee(long personId, String personName, String positionTitle, MemberRole role, Boolean present) {

    public boolean isPresent() {
        return Boolean.TRUE.equals(present);
    }
}
