package org.uptake.engagement.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the results page and API show: the survey, its overall figure, the units, the questions, answers
 * per week, and the score of the program's surveys of the same kind over time.
 */
public record SurveyResults(Survey survey, UnitResult overall, List<UnitResult> units, List<QuestionResult> questions,
                            List<Week> weeks, List<Point> history, int minimumGroup) {

    public record Week(LocalDate week, int responses) {
    }

    /** A survey of the same kind in the program, with its overall score (null when withheld or without readiness answers). */
    public record Point(long surveyId, String title, int versionNumber, java.time.Instant openedAt, BigDecimal score) {
    }
}
