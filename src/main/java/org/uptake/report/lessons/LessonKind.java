package org.uptake.report.lessons;

/** What a lesson tells the next program: keep doing it, do it better, or avoid it. */
public enum LessonKind {
    KEEP, IMPROVE, AVOID
}
