package org.uptake.engagement.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SurveyFixtures;

/** Base of the survey tests: the shared application plus {@link SurveyFixtures}. */
abstract class SurveyTest extends IntegrationTest {

    protected SurveyFixtures surveys;

    @BeforeEach
    void surveyFixtures() {
        surveys = new SurveyFixtures(fixtures);
    }

    /** Runs the call, expects a clear domain error and returns its first message key. */
    protected static String refusal(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("expected a clear domain error").isNotNull();
        return e.violations().get(0).code();
    }

    protected int responses(long surveyId) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(surveyId).query(Integer.class).single();
    }

    protected int answers(long surveyId) {
        return jdbc.sql("select count(*) from survey_answer where survey_id = ?").param(surveyId).query(Integer.class).single();
    }
}
