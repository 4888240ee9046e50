package org.uptake.training.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A session of a course. {@code startsAt}/{@code endsAt} are instants (stored UTC); {@code timeZone} is
 * the zone it was planned in, so local times stay right across daylight-saving changes. {@code sequence}
 * is the iCal SEQUENCE: raised on every change the invitees must hear about. A null capacity is unlimited.
 */
public record TrainingSession(long id, long programId, long courseId, String courseTitle, SessionFormat format,
                              Instant startsAt, Instant endsAt, String timeZone, String place, String room, String link,
                              Long trainerPersonId, String trainerName, Integer capacity, SessionStatus status,
                              int sequence, int enrolled, int waitlisted, int version) {

    public ZonedDateTime localStart() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(ZoneId.of(timeZone));
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Free seats, or null when the capacity is unlimited. */
    public Integer freeSeats() {
        return capacity == null ? null : Math.max(0, capacity - enrolled);
    }
}
