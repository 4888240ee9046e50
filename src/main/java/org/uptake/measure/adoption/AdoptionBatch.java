package org.uptake.measure.adoption;

import java.util.List;

/**
 * A batch of usage events the new system sends for one program. {@code user} is the person's e-mail
 * or employee number in the organisation; {@code eventId} is the sender's id, which makes a retry
 * harmless; {@code occurredAt} is an ISO-8601 instant.
 */
public record AdoptionBatch(Long programId, List<Event> events) {

    public record Event(String eventId, String user, String feature, String occurredAt) {
    }
}
