package org.uptake.training.completion;

/** One required course of a person: whether they attended a session of it, their best score, and whether it counts as done. */
public record CourseProgress(long courseId, String title, Integer passMark, boolean attended, Integer bestScore,
                             boolean completed) {
}
