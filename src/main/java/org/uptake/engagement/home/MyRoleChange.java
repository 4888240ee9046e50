package org.uptake.engagement.home;

import java.time.Instant;

/** The published text for the reader's position in a program, in their language or the best fallback. */
public record MyRoleChange(long programId, String positionTitle, String language, String text, int number,
                           Instant publishedAt) {
}
