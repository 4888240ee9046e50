package org.uptake.support.faq;

/** A resolved problem that came back (duplicates were merged into it) and has no FAQ entry yet. */
public record FaqCandidate(long problemId, String title, String resolution, long duplicates) {
}
