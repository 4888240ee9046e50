package org.uptake.engagement.survey;

/** Supervisors (who head a unit or manage people) and employees answer apart, so their feedback is never mixed. */
public enum RespondentRole {
    SUPERVISOR, EMPLOYEE
}
