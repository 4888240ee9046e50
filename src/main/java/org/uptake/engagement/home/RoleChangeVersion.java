package org.uptake.engagement.home;

import java.time.Instant;

/** One published version of a role change text. */
public record RoleChangeVersion(int number, String text, Instant publishedAt, String publishedByName) {
}
