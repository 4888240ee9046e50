package org.uptake.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the iCal attachment of a received invitation and the properties of its event. */
public final class CalendarMail {

    private CalendarMail() {
    }

    /** The text of the message's text/calendar attachment, with folded lines unfolded. */
    public static String ics(MimeMessage message) {
        try {
            String found = find(message.getContent());
            if (found == null) {
                throw new AssertionError("No text/calendar attachment in " + message.getSubject());
            }
            return found.replace("\r\n ", "");
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Object content) throws Exception {
        if (!(content instanceof Multipart mp)) {
            return null;
        }
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart part = mp.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                Object c = part.getContent();
                if (c instanceof String s) {
                    return s;
                }
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            String inner = find(part.getContent());
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** The value of the first property of that name ("UID", "SEQUENCE", "METHOD"), or null. */
    public static String property(String ics, String name) {
        for (String line : ics.split("\r\n")) {
            if (line.startsWith(name + ":") || line.startsWith(name + ";")) {
                return line.substring(line.indexOf(':') + 1);
            }
        }
        return null;
    }
}
