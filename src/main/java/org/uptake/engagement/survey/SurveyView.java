package org.uptake.engagement.survey;

import java.util.List;

/**
 * A survey as its page shows it: questions, audience, whether answers exist (questions then stay as they
 * are) and what the reader may do: edit it, see results, answer it.
 */
public record SurveyView(Survey survey, String programName, List<Question> questions, List<Target> audience,
                         boolean hasAnswers, boolean edits, boolean seesResults, boolean mayAnswer, boolean answered) {

    public record Target(String kind, long id, String name) {
    }
}
