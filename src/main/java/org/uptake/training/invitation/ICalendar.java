package org.uptake.training.invitation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.uptake.training.session.TrainingSession;

/**
 * RFC 5545 text for sessions. The UID is derived from the session id, so every update and the
 * cancellation land on the same calendar entry; SEQUENCE is the session's; times are UTC, which
 * stays right across daylight-saving changes without shipping VTIMEZONE definitions.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    record Attendee(String name, String email) {
    }

    static String uid(TrainingSession s) {
        return "training-session-" + s.id() + "@uptake";
    }

    /** An invitation (METHOD:REQUEST) or a cancellation (METHOD:CANCEL) for one attendee. */
    static String invitation(TrainingSession s, boolean cancel, String organizer, Attendee attendee, String description) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Uptake//Training//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + (cancel ? "CANCEL" : "REQUEST"));
        event(out, s, cancel, organizer, attendee, description);
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A subscribable feed: every session of the person, cancelled ones marked so. */
    static String feed(String name, List<TrainingSession> sessions, String organizer) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Uptake//Training//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        for (TrainingSession s : sessions) {
            event(out, s, s.cancelled(), organizer, null, null);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, TrainingSession s, boolean cancel, String organizer, Attendee attendee,
                              String description) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid(s));
        line(out, "SEQUENCE:" + s.sequence());
        line(out, "DTSTAMP:" + UTC.format(Instant.now()));
        line(out, "DTSTART:" + UTC.format(s.startsAt()));
        line(out, "DTEND:" + UTC.format(s.endsAt()));
        line(out, "SUMMARY:" + text(s.courseTitle()));
        String location = location(s);
        if (location != null) {
            line(out, "LOCATION:" + text(location));
        }
        if (s.link() != null) {
            line(out, "URL:" + s.link());
        }
        if (description != null) {
            line(out, "DESCRIPTION:" + text(description));
        }
        line(out, "ORGANIZER;CN=Uptake:mailto:" + organizer);
        if (attendee != null) {
            line(out, "ATTENDEE;CN=" + param(attendee.name()) + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + attendee.email());
        }
        line(out, "STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    static String location(TrainingSession s) {
        String place = s.place() == null ? null : s.room() == null ? s.place() : s.place() + ", " + s.room();
        if (place == null) {
            place = s.room();
        }
        return place == null ? s.link() : place;
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "");
    }

    private static String param(String value) {
        return "\"" + value.replace("\"", "'").replaceAll("\\p{Cntrl}", "") + "\"";
    }

    /** Lines end in CRLF and fold at 75 octets without splitting a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int limit = 75;
        int used = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                used = 0;
                limit = 74;
            }
            current.appendCodePoint(cp);
            used += len;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
