package org.uptake.support.faq;

/** A question with its answer; {@code answered} counts the problems it answered. */
public record FaqEntry(long id, String question, String answer, boolean published, Long sourceProblemId, long answered,
                       int version) {
}
