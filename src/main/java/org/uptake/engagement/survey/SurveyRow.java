package org.uptake.engagement.survey;

import java.time.Instant;

/** A survey in a list: enough to pick it, with how many were invited and answered. */
public record SurveyRow(long id, long programId, String programName, SurveyKind kind, String title, boolean anonymous,
                        SurveyStatus status, int versionNumber, Instant closesAt, Instant openedAt, int invited,
                        int answered) {
}
