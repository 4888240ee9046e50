package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.ProgramFixtures;

/** The program scenario in the browser: create a program from P1, see the scheduled plan, move a task, watch its successor shift. */
class ProgramBrowserTests extends BrowserTest {

    private Locator row(String title) {
        return page.locator("tr").filter(new Locator.FilterOptions().setHasText(title)).first();
    }

    @Test
    void createsAProgramFromP1SeesThePlanAndMovesATaskWhoseSuccessorShifts() {
        var w = new ProgramFixtures(fixtures).world();
        signIn(w.coordinator().username());

        page.navigate(baseUrl() + "/programs/new");
        page.getByTestId("use-playbook-P1").click();
        page.getByTestId("wizard-name").fill("Workshop system in the browser");
        page.getByTestId("wizard-start").fill("2030-03-04");
        htmxReady();
        page.getByTestId("wizard-preview").click();
        assertThat(page.getByTestId("wizard-preview-result")).containsText("1.1 Planning");
        assertThat(page.getByTestId("wizard-preview-result")).containsText("2030-03-15");
        page.getByTestId("wizard-create").click();

        assertThat(page.getByTestId("program-name")).hasText("Workshop system in the browser");
        assertThat(row("1.1 Planning").getByTestId("task-start")).hasText("2030-03-04");
        assertThat(row("1.1 Planning").getByTestId("task-finish")).hasText("2030-03-15");
        assertThat(row("1.2 Staff training").getByTestId("task-start")).hasText("2030-03-18");

        htmxReady();
        row("1.1 Planning").getByTestId("task-edit").click();
        page.getByTestId("edit-start").fill("2030-03-11");
        page.getByTestId("edit-save").click();

        assertThat(row("1.1 Planning").getByTestId("task-start")).hasText("2030-03-11");
        assertThat(row("1.2 Staff training").getByTestId("task-start")).hasText("2030-03-25");
        assertThat(row("1.3 Pilot-group testing").getByTestId("task-start")).hasText("2030-04-15");
    }

    @Test
    void anImpossibleMoveIsExplainedInTheRowAndTheDatesStay() {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        var p = programs.program(w, "P1");
        signIn(w.coordinator().username());

        page.navigate(baseUrl() + "/programs/" + p.id() + "/plan");
        htmxReady();
        row("1.2 Staff training").getByTestId("task-edit").click();
        page.getByTestId("edit-start").fill("2030-03-05");
        page.getByTestId("edit-save").click();

        assertThat(page.locator(".alert.error")).containsText("2030-03-18");
        page.navigate(baseUrl() + "/programs/" + p.id() + "/plan");
        assertThat(row("1.2 Staff training").getByTestId("task-start")).hasText("2030-03-18");
    }
}
