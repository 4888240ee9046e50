package org.uptake.training.course;

import java.time.Instant;

/** One revision of a course material: a file (user guide, instruction) or a page of text. */
public record Material(long id, long courseId, String title, MaterialKind kind, int revision, Long fileId,
                       String fileName, String body, String addedByName, Instant createdAt) {
}
