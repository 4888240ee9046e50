package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.uptake.shared.error.InvalidInputException;

/** Base of the problem log's tests: the shared application plus {@link SupportFixtures}. */
abstract class SupportTest extends IntegrationTest {

    protected SupportFixtures support;

    @BeforeEach
    void supportFixtures() {
        support = new SupportFixtures(fixtures);
    }

    /** Runs the call, expects a clear domain error and returns its first message key. */
    protected static String refusal(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("expected a clear domain error").isNotNull();
        return e.violations().get(0).code();
    }

    protected int problemsOf(long organizationId) {
        return jdbc.sql("select count(*) from problem where organization_id = ?").param(organizationId)
                .query(Integer.class).single();
    }
}
