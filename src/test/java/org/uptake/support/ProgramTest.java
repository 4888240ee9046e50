package org.uptake.support;

import org.junit.jupiter.api.BeforeEach;

/** Base of the program module's tests: the shared application plus {@link ProgramFixtures}. */
public abstract class ProgramTest extends IntegrationTest {

    protected ProgramFixtures programFixtures;

    @BeforeEach
    void programFixtures() {
        programFixtures = new ProgramFixtures(fixtures);
    }
}
