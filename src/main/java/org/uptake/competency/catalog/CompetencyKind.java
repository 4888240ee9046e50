package org.uptake.competency.catalog;

/**
 * The job profile's sections that competencies fall into (seed 002 lines 435-455): general knowledge
 * brought to the job, subject knowledge that may be learnt in the company, skills, personal qualities.
 */
public enum CompetencyKind {
    GENERAL_KNOWLEDGE, SUBJECT_KNOWLEDGE, SKILL, PERSONAL_QUALITY
}
