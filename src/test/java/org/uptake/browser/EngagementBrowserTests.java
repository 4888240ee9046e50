package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.TestMail;

/**
 * The "done when" for engagement: the coordinator registers stakeholders and sees them on the grid, plans an
 * e-mail for today to a station, the background sender delivers it and the sent log shows it.
 */
class EngagementBrowserTests extends BrowserTest {

    @Test
    void theCoordinatorMapsStakeholdersAndAnEmailPlannedForTodayIsSentAndLogged() {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        var program = programs.program(w, "P1");
        signIn(w.coordinator().username());

        page.navigate(baseUrl() + "/programs/" + program.id());
        page.getByTestId("program-tab-stakeholders").click();
        htmxReady();
        page.getByTestId("stakeholder-person-search").fill("IT Person");
        page.getByTestId("stakeholder-person").getByTestId("pick-person-" + w.it().id()).click();
        page.getByTestId("stakeholder-influence").selectOption("4");
        page.getByTestId("stakeholder-interest").selectOption("5");
        page.getByTestId("stakeholder-attitude").selectOption("SCEPTICAL");
        page.getByTestId("stakeholder-concern-0").fill("Will I lose my job?");
        page.getByTestId("stakeholder-response-0").fill("No: the role changes, training is paid time");
        page.getByTestId("stakeholder-add").click();
        assertThat(page.getByTestId("stakeholder-title")).hasText("IT Person");

        page.getByTestId("program-tab-stakeholders").click();
        page.getByTestId("stakeholder-kind").selectOption("GROUP");
        page.getByTestId("stakeholder-name").fill("Works council");
        page.getByTestId("stakeholder-influence").selectOption("5");
        page.getByTestId("stakeholder-interest").selectOption("2");
        page.getByTestId("stakeholder-attitude").selectOption("RESISTANT");
        page.getByTestId("stakeholder-add").click();
        page.getByTestId("program-tab-stakeholders").click();
        assertThat(page.getByTestId("stakeholder-grid")).hasAttribute("data-rendered", "true");
        assertThat(page.getByTestId("stakeholder-grid")).hasAttribute("data-count", "2");
        assertThat(page.getByTestId("stakeholder-register")).containsText("Works council");
        assertThat(page.getByTestId("stakeholder-register")).containsText("Will I lose my job?");

        page.getByTestId("program-tab-communications").click();
        htmxReady();
        page.getByTestId("communication-title").fill("Orders move to the new system");
        page.getByTestId("communication-channel").selectOption("EMAIL");
        page.getByTestId("communication-date").fill(LocalDate.now().toString());
        page.getByTestId("communication-unit-search").fill("Station 1");
        page.getByTestId("communication-unit").getByTestId("pick-unit-" + w.station().id()).click();
        page.getByTestId("communication-subject").fill("Orders move on Monday");
        page.getByTestId("communication-body").fill("From Monday all orders are entered in the new system.");
        page.getByTestId("communication-add").click();
        assertThat(page.getByTestId("communication-name")).hasText("Orders move to the new system");

        TestMail.awaitFor(w.it().email());
        page.reload();
        for (int i = 0; i < 30 && page.getByTestId("delivery-SENT").count() == 0; i++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.getByTestId("communication-state")).hasText("sent");
        assertThat(page.getByTestId("delivery-list")).containsText("IT Person");
        assertThat(page.getByTestId("delivery-SENT")).containsText(w.it().email());

        page.getByTestId("program-tab-communications").click();
        assertThat(page.getByTestId("communication-calendar")).containsText("Orders move to the new system");
    }
}
