package org.uptake.competency.assessment;

/** One question of the questionnaire: a competency at its required level, rated by the person, the manager, and agreed. */
public record AssessmentItem(long id, long competencyId, String competencyName, String kind, int requiredLevel,
                             Integer selfLevel, Integer managerLevel, Integer agreedLevel, String comment, int gap) {
}
