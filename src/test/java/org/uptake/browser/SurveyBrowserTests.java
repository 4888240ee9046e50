package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.SurveyFixtures;

/**
 * The "done when" for surveys and the employee's home page: the coordinator runs a readiness survey
 * for wave 1 and publishes what changes for the drivers, the employees of wave 1 see their go-live date and
 * their role's text at home and answer, and the survey's score appears on the readiness board.
 */
class SurveyBrowserTests extends BrowserTest {

    @Test
    void aReadinessSurveyForWaveOneFeedsTheBoardAndEmployeesSeeWhatChangesForThem() {
        SurveyFixtures surveys = new SurveyFixtures(fixtures);
        SurveyFixtures.World w = surveys.world(0);
        Position driver = fixtures.position(w.admin(), "Driver");
        Actor first = surveys.employee(w, 0, driver, "en");
        Actor second = surveys.employee(w, 0, driver, "en");
        String program = baseUrl() + "/programs/" + w.programId();

        signIn(w.coordinator().username());
        page.navigate(program + "/surveys");
        page.getByTestId("new-survey-title").fill("Ready for the tablets?");
        page.getByTestId("new-survey-kind").selectOption("READINESS");
        page.getByTestId("new-survey-anonymous").uncheck();
        page.getByTestId("new-survey-create").click();
        assertThat(page.getByTestId("survey-title")).hasText("Ready for the tablets?");
        page.getByTestId("audience-waves").selectOption("" + w.wave().id());
        page.getByTestId("audience-save").click();
        assertThat(page.getByTestId("survey-audience")).containsText("Wave 1");
        page.getByTestId("survey-open").click();
        assertThat(page.getByTestId("survey-status")).hasText("Open");
        assertThat(page.getByTestId("survey-answered")).hasText("0 of 3");

        page.navigate(program + "/role-changes");
        page.getByTestId("role-change-position").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Driver"));
        page.getByTestId("role-change-new-text").fill("Your routes come to the tablet; paper lists end on go-live day.");
        page.getByTestId("role-change-create").click();
        page.getByTestId("role-change-publish").click();
        assertThat(page.getByTestId("role-changes")).containsText("version 1");

        for (Actor employee : new Actor[]{first, second}) {
            page.context().clearCookies();
            signIn(employee.username());
            assertThat(page.getByTestId("panel-meaning-" + w.programId())).containsText("goes live on " + w.wave().plannedGoLive());
            assertThat(page.getByTestId("meaning-role")).hasText("Your routes come to the tablet; paper lists end on go-live day.");
            page.getByTestId("meaning-surveys").locator("a").click();
            for (int q = 1; q <= 3; q++) {
                page.getByTestId("answer-q" + q + "-4").check();
            }
            page.getByTestId("answer-q4-o0").check();
            page.getByTestId("answer-submit").click();
            assertThat(page.getByTestId("answer-thanks")).isVisible();
            assertThat(page.getByTestId("own-answers")).containsText("4");
        }

        page.context().clearCookies();
        signIn(w.coordinator().username());
        page.navigate(program + "/readiness");
        page.getByTestId("row-" + w.depot(0).name()).locator("a").first().click();
        assertThat(page.getByTestId("criterion-SURVEY")).containsText("75");
        assertThat(page.getByTestId("criterion-SURVEY")).hasClass(Pattern.compile("pass"));
    }
}
