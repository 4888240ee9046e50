package org.uptake.competency.plan;

/** A training need another part of the module adds to a person's plan. */
public record PlanItemDraft(long personId, PlanSource source, Long competencyId, Long assessmentId, String need,
                            Integer currentLevel, Integer targetLevel) {
}
