package org.uptake.measure.adoption;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The checks of one event before its person is looked up: its fields, and its time within the accepted window. */
final class EventChecks {

    private EventChecks() {
    }

    /** The reason to reject the event, or null when it may be stored. */
    static String problem(AdoptionBatch.Event e, Instant now, Duration maxAge, Duration maxSkew) {
        if (e == null || blank(e.eventId()) || e.eventId().length() > 100 || blank(e.user()) || e.user().length() > 254
                || blank(e.feature()) || e.feature().strip().length() > 100 || blank(e.occurredAt())) {
            return "invalid";
        }
        Instant at;
        try {
            at = Instant.parse(e.occurredAt().strip());
        } catch (DateTimeParseException ex) {
            return "invalidTime";
        }
        if (at.isAfter(now.plus(maxSkew)) || at.isBefore(now.minus(maxAge))) {
            return "outsideWindow";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
