package org.uptake.governance.meeting;

import java.time.Instant;

/** A dissenting opinion in writing (особое мнение), attached to a decision. */
public record Dissent(long id, long decisionId, long personId, String personName, String text, Instant createdAt) {
}
