package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.org.position.Position;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;

/**
 * Professional standards in the browser (seed 002 part E): the working group imports the fictional
 * sample, maps a position by functional analysis as mandatory, renames it to the standard's title
 * and sees the documents to amend, attests an employee with a gap and finds training in the plan.
 */
class StandardBrowserTests extends BrowserTest {

    @Test
    void theWorkingGroupMapsAPositionAlignsItsTitleAndAttestsAnEmployeeIntoTraining() {
        Actor admin = fixtures.newOrganization();
        Position clerk = fixtures.position(admin, "Car acceptance clerk");
        var anna = fixtures.person(admin, "Anna Clerk", null, clerk.id());
        signIn(admin.username());

        page.navigate(baseUrl() + "/competencies/standards");
        page.getByTestId("import-sample").click();
        assertThat(page.locator("main")).containsText("FICTIONAL SAMPLE");
        assertThat(page.getByTestId("functions")).containsText("A/01.4");

        page.locator("#positionId").selectOption(String.valueOf(clerk.id()));
        page.getByLabel("A/01.4 Receiving a vehicle from a client (4)").check();
        page.locator("#positionGoals").fill("Clients hand over their cars confident the problem will be solved");
        page.getByLabel("The goals of the position match the goal of the standard").check();
        page.getByLabel("The standard is mandatory for this position").check();
        page.locator("#mandatoryReason").selectOption("COMPENSATIONS");
        page.getByTestId("map").click();

        assertThat(page.getByTestId("title-only")).hasCount(0);
        assertThat(page.getByTestId("mandatory")).containsText("compensations");
        page.getByTestId("align-title").click();
        assertThat(page.getByTestId("title-change")).containsText("staffing table");
        assertThat(page.getByTestId("title-change")).containsText("personal card of the employee");

        assertThat(page.getByTestId("attestations")).containsText("A gap leads to training, not dismissal");
        page.locator("#attainedLevel").fill("3");
        page.getByTestId("attestations").getByLabel("A/01.4 Receiving a vehicle from a client").check();
        page.locator("#heldOn").fill(java.time.LocalDate.now().toString());
        page.getByTestId("attest").click();
        assertThat(page.getByTestId("recorded")).containsText("1 training need");

        page.navigate(baseUrl() + "/people/" + anna.id() + "/plan");
        assertThat(page.getByTestId("plan-items")).containsText("A/01.4 Receiving a vehicle from a client");
        assertThat(page.getByTestId("plan-items")).containsText("attestation");

        page.navigate(baseUrl() + "/competencies/standards/compliance");
        assertThat(page.getByTestId("compliance")).containsText("Service adviser");
        assertThat(page.getByTestId("compliance")).containsText("0 of 1 holders at level 4");
    }
}
