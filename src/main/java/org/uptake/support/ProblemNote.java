package org.uptake.support;

import java.time.Instant;

/** A line of a problem's conversation: a comment, the team's question, the reporter's reply, a merge. */
public record ProblemNote(long id, String kind, String body, String authorName, Instant createdAt) {
}
