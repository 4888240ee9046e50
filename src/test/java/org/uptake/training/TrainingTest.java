package org.uptake.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.TrainingFixtures;

/** Base of the training module's tests: the shared application plus {@link TrainingFixtures}. */
abstract class TrainingTest extends IntegrationTest {

    protected TrainingFixtures training;

    @BeforeEach
    void trainingFixtures() {
        training = new TrainingFixtures(fixtures);
    }

    /** Runs the call, expects a clear domain error and returns its first message key. */
    protected static String refusal(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("expected a clear domain error").isNotNull();
        return e.violations().get(0).code();
    }

    protected int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
