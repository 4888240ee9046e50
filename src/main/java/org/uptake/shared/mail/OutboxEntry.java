package org.uptake.shared.mail;

import java.time.Instant;

/** A line of the sent/failed log. */
public record OutboxEntry(long id, String recipient, String subject, String bodyText, String status, int attempts,
                          String lastError, Instant createdAt, Instant sentAt) {
}
