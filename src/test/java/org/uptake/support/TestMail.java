package org.uptake.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** One real SMTP server (GreenMail) for the whole test run; the outbox delivers to it through SMTP. */
public final class TestMail {

    private static final GreenMail SERVER = start();

    private TestMail() {
    }

    private static GreenMail start() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Waits until a message to the recipient has arrived, then returns all of theirs. */
    public static List<MimeMessage> awaitFor(String recipient) {
        return awaitFor(recipient, 1);
    }

    /** Waits until at least {@code count} messages to the recipient have arrived, then returns all of theirs, oldest first. */
    public static List<MimeMessage> awaitFor(String recipient, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mine = Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (mine.size() >= count) {
                return mine;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail arrived for " + recipient);
    }

    /** The path of the first link in the message that starts with the prefix ("/invitation/"), e.g. to open it on the test server. */
    public static String linkPath(MimeMessage message, String prefix) {
        var matcher = java.util.regex.Pattern.compile("https?://[^/\\s]+(" + java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9_-]+)")
                .matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link " + prefix + "… in: " + body(message));
        }
        return matcher.group(1);
    }

    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String s) {
                return s;
            }
            if (content instanceof jakarta.mail.Multipart mp) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < mp.getCount(); i++) {
                    Object part = mp.getBodyPart(i).getContent();
                    if (part instanceof jakarta.mail.Multipart inner) {
                        for (int j = 0; j < inner.getCount(); j++) {
                            sb.append(inner.getBodyPart(j).getContent());
                        }
                    } else {
                        sb.append(part);
                    }
                }
                return sb.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
