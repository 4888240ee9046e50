package org.uptake.engagement.survey;

import java.time.Instant;

/**
 * A survey of a program: a versioned instance of a template ({@code seriesId} groups the versions,
 * {@code versionNumber} counts them). {@code invited} and {@code answered} are counts only.
 */
public record Survey(long id, long organizationId, long programId, SurveyKind kind, String title, String intro,
                     boolean anonymous, SurveyStatus status, Long seriesId, int versionNumber, Long previousId,
                     Instant closesAt, Instant openedAt, Instant closedAt, int invited, int answered, int version) {

    /** Open and not past its deadline. */
    public boolean acceptsAnswers(Instant now) {
        return status == SurveyStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    /** The status a reader sees: an open survey past its deadline counts as closed. */
    public SurveyStatus effectiveStatus(Instant now) {
        return status == SurveyStatus.OPEN && closesAt != null && !now.isBefore(closesAt) ? SurveyStatus.CLOSED : status;
    }

    public boolean draft() {
        return status == SurveyStatus.DRAFT;
    }
}
