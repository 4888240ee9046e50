package org.uptake.report.lessons;

import java.time.Instant;

/** A lesson learned in one program, tagged with the playbook the program came from so later programs find it. */
public record Lesson(long id, long programId, String programName, Long playbookId, String playbookName, LessonKind kind,
                     String title, String advice, int version, Instant createdAt) {
}
