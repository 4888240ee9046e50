package org.uptake.engagement.survey;

/** Draft (questions and audience editable), open (answers accepted until closed or past the deadline), closed. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
