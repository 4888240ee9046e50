package org.uptake.procurement.selection;

import java.util.List;

/**
 * The scores an actor may see: the evaluators with who has submitted (never their scores before
 * everyone has), the actor's own scores if they evaluate, and everyone's once all have submitted.
 */
public record ScoreSheet(List<Evaluator> evaluators, boolean allSubmitted, Long myPersonId, Integer myVersion,
                         boolean mySubmitted, List<Score> scores) {

    public ScoreSheet {
        evaluators = List.copyOf(evaluators);
        scores = List.copyOf(scores);
    }

    /** The actor's score of a vendor on a criterion, or null (for the scoring form). */
    public Integer mine(long vendorId, long criterionId) {
        if (myPersonId == null) {
            return null;
        }
        return scores.stream().filter(s -> s.evaluatorPersonId() == myPersonId && s.vendorId() == vendorId
                && s.criterionId() == criterionId).map(Score::score).findFirst().orElse(null);
    }
}
