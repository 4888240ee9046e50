package org.uptake.training.course;

import java.util.List;

/**
 * A course of a program. Its audience is the people in {@code unitIds} (with their subtrees) holding
 * one of {@code positionIds}; an empty list means "any". A required course counts towards completion;
 * with a {@code passMark} the test must be passed too.
 */
public record Course(long id, long programId, String title, String description, List<String> aspects,
                     List<Long> positionIds, List<Long> unitIds, int durationMinutes, Integer passMark,
                     boolean required, int version) {
}
