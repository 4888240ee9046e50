package org.uptake.training.enrolment;

import java.util.List;

/**
 * People moved from the waitlist to a seat. If the session's invitations went out already, they get
 * theirs now: a promoted person otherwise learns of their seat only by chance.
 */
public record SeatsFilled(long organizationId, long sessionId, List<Long> personIds, String byName) {

    public SeatsFilled {
        personIds = List.copyOf(personIds);
    }
}
