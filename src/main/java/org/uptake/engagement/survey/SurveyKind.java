package org.uptake.engagement.survey;

/** What a survey asks about; readiness surveys feed the rollout's readiness gate. */
public enum SurveyKind {
    READINESS, SATISFACTION, FEEDBACK, CUSTOM
}
