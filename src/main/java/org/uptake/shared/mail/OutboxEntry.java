package org.uptake.shared.mail;

import java.time.Instant;

/** A line of the sent/failed log (without the body: it may hold a one-time link). */
public record OutboxEntry(long id, String recipient, String subject, String status, int attempts, String lastError,
                          Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
}
