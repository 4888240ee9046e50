package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.CompetencyFixtures;

/**
 * The seed's worked example continued (seed 002 lines 357-490): on the car service's process
 * "Receiving a car from a client" (executor: the service adviser; owner: the head of the car
 * service), a new user gets the service adviser's job duties and job profile generated, assesses
 * an adviser and gets the individual training plan from the gaps.
 */
class CompetencyWorkedExampleBrowserTests extends BrowserTest {

    private void require(String processValue, String kind, String name, String level) {
        Locator f = page.getByTestId("requirement-form");
        f.locator("select[name=processId]").selectOption(processValue);
        f.locator("select[name=kind]").selectOption(kind);
        f.locator("input[name=name]").fill(name);
        f.locator("select[name=requiredLevel]").selectOption(level);
        f.locator("button[type=submit]").click();
        assertThat(page.getByTestId("competency-table")).containsText(name);
    }

    @Test
    void aNewUserGetsTheServiceAdvisersDutiesAndProfileThenAssessesAnAdviserIntoATrainingPlan() {
        CompetencyFixtures.CarService car = new CompetencyFixtures(fixtures).carService();
        String receiving = String.valueOf(car.receiving().id());
        signIn(car.admin().username());

        // Job duties: process | functions | goals | results | indicators, from the specification.
        page.navigate(baseUrl() + "/positions/" + car.adviser().id() + "/duties");
        Locator duties = page.getByTestId("duties-table");
        assertThat(duties).containsText(CompetencyFixtures.RECEIVING);
        assertThat(duties).containsText("Listens to the client, determines the work needed");
        assertThat(duties).containsText("The client is confident the problem is understood and will be solved");
        assertThat(duties).containsText("Work order");
        assertThat(duties).containsText("Client satisfaction with the service");

        // Knowledge, skills and qualities the process needs from the service adviser.
        page.navigate(baseUrl() + "/positions/" + car.adviser().id() + "/competencies");
        require("", "GENERAL_KNOWLEDGE", "Car design basics", "3");
        require(receiving, "SUBJECT_KNOWLEDGE", "Car-service business processes", "4");
        require(receiving, "SKILL", "Working in the CRM", "3");
        require(receiving, "PERSONAL_QUALITY", "Attentiveness", "4");

        page.navigate(baseUrl() + "/competencies/catalogue");
        page.locator("form[action$='/competencies/catalogue/values'] input[name=name]").fill("The client comes first");
        page.locator("form[action$='/competencies/catalogue/values'] button[type=submit]").click();

        // The seven-section job profile.
        page.navigate(baseUrl() + "/positions/" + car.adviser().id() + "/profile");
        Locator profile = page.getByTestId("job-profile");
        assertThat(profile).containsText("Car design basics");
        assertThat(profile).containsText("Car-service business processes");
        assertThat(profile).containsText("Working in the CRM");
        assertThat(profile).containsText("Attentiveness");
        assertThat(profile).containsText("The client comes first");
        assertThat(profile).containsText(CompetencyFixtures.RECEIVING);
        assertThat(profile).containsText("Client satisfaction with the service");

        // Assess the adviser: short by two levels in the CRM, the rest as required.
        page.navigate(baseUrl() + "/people/" + car.adviserPerson().id() + "/plan");
        page.getByTestId("assess").click();
        Locator questionnaire = page.getByTestId("questionnaire");
        questionnaire.getByLabel("Car design basics").selectOption("3");
        questionnaire.getByLabel("Car-service business processes").selectOption("4");
        questionnaire.getByLabel("Working in the CRM").selectOption("1");
        questionnaire.getByLabel("Attentiveness").selectOption("4");
        page.getByTestId("assessment-submit").click();
        assertThat(page.getByTestId("assessment-status")).containsText("agreed");

        page.navigate(baseUrl() + "/people/" + car.adviserPerson().id() + "/plan");
        Locator plan = page.getByTestId("plan-items");
        assertThat(plan).containsText("Working in the CRM");
        assertThat(plan).containsText("1 → 3");
        assertThat(plan).not().containsText("Attentiveness");
        assertThat(page.locator("main")).containsText("A gap leads to training, not dismissal");
    }
}
