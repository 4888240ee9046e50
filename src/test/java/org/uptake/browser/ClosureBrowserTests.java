package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.ClosureFixtures;

/** Closing a program in a browser: the evaluation, the final report signed by the sponsor, the handover accepted by the line owner. */
class ClosureBrowserTests extends BrowserTest {

    /** On a loaded machine the first page of a fresh JVM (templates not compiled yet) can take longer than the default. */
    @BeforeEach
    void patientFirstPage() throws Exception {
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        mvc.perform(MockMvcRequestBuilders.get("/login"));
    }

    @Test
    void aCoordinatorClosesAProgramWithAnEvaluationAFinalReportAndAHandoverTheLineOwnerAccepts() {
        var w = new ClosureFixtures(fixtures).world();
        signIn(w.coordinator().username());
        page.navigate(baseUrl() + "/programs/" + w.id());
        page.getByTestId("program-tab-closure").click();

        evaluate(w);
        page.getByTestId("closure-report").click();
        page.getByTestId("final-report-summary").fill("The booking system is in use at every station.");
        page.getByTestId("final-report-save").click();
        page.getByTestId("final-report-send").click();
        assertThat(page.getByTestId("final-report-status")).hasText("Waiting for sign-off");

        approveAs(w.sponsor(), "/programs/" + w.id() + "/final-report", "final-report-sign-off");
        assertThat(page.getByTestId("final-report-status")).hasText("Signed off");

        switchTo(w.coordinator());
        page.navigate(baseUrl() + "/programs/" + w.id() + "/handover");
        page.getByTestId("handover-line-owner").selectOption(new SelectOption().setValue(String.valueOf(w.lineOwner().personId())));
        page.getByTestId("handover-solution").fill("Booking system, admin guide, first-line support at the service desk");
        page.getByTestId("handover-follow-up").fill("Quarterly review of the booking figures");
        page.getByTestId("handover-save").click();
        page.getByTestId("handover-send").click();
        assertThat(page.getByTestId("handover-status")).hasText("Waiting for the line owner");

        approveAs(w.lineOwner(), "/programs/" + w.id() + "/handover", "handover-sign-off");
        assertThat(page.getByTestId("handover-status")).hasText("Accepted by the line owner");
        assertThat(page.getByTestId("program-status")).hasText("In operation");
    }

    private void evaluate(ClosureFixtures.World w) {
        page.getByTestId("goal-verdict-0").selectOption("ACHIEVED");
        page.getByTestId("goal-evidence-0").fill("All stations book online since March");
        page.getByTestId("goal-save-0").click();
        page.getByTestId("evaluation-went-well").fill("Pilot first; every head signed off on time");
        page.getByTestId("evaluation-improvements").fill("Train the trainers earlier");
        page.getByTestId("evaluation-save").click();
        page.getByTestId("interview-person").selectOption(new SelectOption().setValue(String.valueOf(w.sponsor().personId())));
        page.getByTestId("interview-date").fill(LocalDate.now().minusDays(1).toString());
        page.getByTestId("interview-role").fill("Sponsor");
        page.getByTestId("interview-notes").fill("Satisfied; wants the figures monthly");
        page.getByTestId("interview-add").click();
        page.getByTestId("lesson-title").fill("Train trainers first");
        page.getByTestId("lesson-advice").fill("Start the train-the-trainer course before the pilot");
        page.getByTestId("lesson-add").click();
        assertThat(page.getByTestId("goal-results")).containsText("All stations book online");
        assertThat(page.getByTestId("interviews")).containsText("Satisfied");
        assertThat(page.getByTestId("lessons")).containsText("Train trainers first");
    }

    private void switchTo(Actor actor) {
        page.context().clearCookies();
        signIn(actor.username());
    }

    /** Signs in as the approver, follows the record's link to its sign-off request and approves it, then returns to the record. */
    private void approveAs(Actor approver, String recordPath, String linkTestId) {
        switchTo(approver);
        page.navigate(baseUrl() + recordPath);
        page.getByTestId(linkTestId).click();
        page.getByTestId("sign-off-approve").click();
        assertThat(page.getByTestId("sign-off-status")).hasText("Approved");
        page.navigate(baseUrl() + recordPath);
    }
}
