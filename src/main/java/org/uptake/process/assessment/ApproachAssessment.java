package org.uptake.process.assessment;

import java.time.Instant;
import java.util.List;

/**
 * One self-assessment of how far the process approach works in the company: a score 0-4 for each of
 * the six criteria of seed 002 lines 104-109. "This definition is the key to assessing the level of
 * its implementation now or at any time in the future" (line 113), so assessments are kept as history.
 */
public record ApproachAssessment(long id, Instant assessedAt, String assessedByName, String note, int total,
                                 List<Score> scores) {

    public static final int CRITERIA = 6;
    public static final int MAX_SCORE = 4;

    public record Score(int criterion, int score, String comment) {
    }

    /** The total as a share of the maximum, 0-100. */
    public int percent() {
        return Math.round(100f * total / (CRITERIA * MAX_SCORE));
    }

    public Score score(int criterion) {
        return scores.stream().filter(s -> s.criterion() == criterion).findFirst().orElse(new Score(criterion, 0, null));
    }
}
