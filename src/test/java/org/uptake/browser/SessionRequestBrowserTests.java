package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.competency.assessment.AssessmentService;
import org.uptake.competency.assessment.LevelsForm;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.support.BrowserTest;
import org.uptake.support.CompetencyFixtures;

/** From the gap matrix rolled up by unit, a coordinator asks for one training session for the unit's people with the gap. */
class SessionRequestBrowserTests extends BrowserTest {

    @Test
    void asksForATrainingSessionForAUnitFromTheGapMatrix() {
        CompetencyFixtures.CarService car = new CompetencyFixtures(fixtures).carService();
        var reception = fixtures.unit(car.admin(), "Reception", null);
        var form = new RequirementForm();
        form.setProcessId(car.receiving().id());
        form.setKind(CompetencyKind.SKILL);
        form.setName("Working in the CRM");
        form.setRequiredLevel(3);
        long crm = fixtures.bean(ProfileService.class).add(car.admin(), car.adviser().id(), form).competencyId();
        PersonForm person = PersonForm.of(car.adviserPerson());
        person.setUnitId(reception.id());
        fixtures.bean(PersonService.class).update(car.admin(), car.adviserPerson().id(), person);
        var assessments = fixtures.bean(AssessmentService.class);
        var a = assessments.start(car.admin(), car.adviserPerson().id());
        var levels = new LevelsForm();
        levels.setLevels(Map.of(crm, 1));
        levels.setVersion(a.version());
        assessments.agree(car.admin(), a.id(), levels);
        signIn(car.admin().username());

        page.navigate(baseUrl() + "/assessments/matrix");
        assertThat(page.getByTestId("gap-matrix")).containsText("Reception");
        page.getByTestId("session-unit").selectOption(String.valueOf(reception.id()));
        page.getByTestId("session-competency").selectOption(String.valueOf(crm));
        page.locator("[data-testid=session-request] input[name=note]").fill("Afternoons, please");
        page.getByTestId("session-submit").click();

        assertThat(page.getByTestId("session-status")).containsText("requested");
        assertThat(page.getByTestId("session-people")).hasText("1");
        assertThat(page.locator("main h1")).containsText("Working in the CRM");

        page.navigate(baseUrl() + "/assessments/matrix");
        page.getByTestId("session-unit").selectOption(String.valueOf(reception.id()));
        page.getByTestId("session-competency").selectOption(String.valueOf(crm));
        page.getByTestId("session-submit").click();
        assertThat(page.locator(".alert.error")).containsText("already asked for Reception");
    }
}
