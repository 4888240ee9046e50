package org.uptake.competency.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an individual training plan: what the person needs to learn, where the need came
 * from, the level to reach, and — once the training module offers courses — the course that
 * covers it. Completing the course closes the item and asks for a re-assessment.
 */
public record PlanItem(long id, long personId, PlanSource source, Long competencyId, String competencyName,
                       Long assessmentId, String need, Integer currentLevel, Integer targetLevel, String courseRef,
                       PlanStatus status, boolean reassess, LocalDate dueOn, Instant closedAt, Instant createdAt,
                       int version) {

    public boolean open() {
        return status == PlanStatus.OPEN;
    }
}
