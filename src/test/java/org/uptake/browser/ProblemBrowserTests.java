package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.SupportFixtures;
import org.uptake.support.SupportFixtures.Desk;

/** The problem log's main scenario: an employee reports from the home page, the coordinator triages and resolves, the answer becomes an FAQ. */
class ProblemBrowserTests extends BrowserTest {

    private void switchTo(Actor actor) {
        page.context().clearCookies();
        signIn(actor.username());
    }

    @Test
    void anEmployeesQuestionIsTriagedResolvedAndBecomesAFrequentAnswerOnTheirHomePage() {
        Desk d = new SupportFixtures(fixtures).desk();
        String title = "How do I print a work order?";

        signIn(d.employee().username());
        page.getByTestId("home-report-problem").click();
        page.getByTestId("problem-type").selectOption("QUESTION");
        page.getByTestId("problem-title").fill(title);
        page.getByTestId("problem-description").fill("The F9 key does nothing any more.");
        page.getByTestId("problem-send").click();
        assertThat(page.getByTestId("problem-reported")).isVisible();
        assertThat(page.getByTestId("problem-status")).hasText("New");

        switchTo(d.coordinator());
        page.navigate(baseUrl() + "/problems?open=true");
        page.getByTestId("problems-table").getByText(title).click();
        page.getByTestId("problem-triage").click();
        page.getByTestId("triage-severity").selectOption("HIGH");
        page.getByTestId("triage-save").click();
        assertThat(page.getByTestId("problem-severity")).hasText("High");
        page.getByTestId("problem-next-status").selectOption("RESOLVED");
        page.getByTestId("problem-move-text").fill("Open the order and choose Print, then Work order (A4).");
        page.getByTestId("problem-move").click();
        assertThat(page.getByTestId("problem-status")).hasText("Resolved");
        page.getByTestId("problem-promote").click();
        assertThat(page.getByTestId("faq-question")).hasValue(title);
        page.getByTestId("faq-save").click();
        assertThat(page.getByTestId("faq-list")).containsText(title);
        page.navigate(baseUrl() + "/problems/trends");
        assertThat(page.getByTestId("trends-by-type")).hasAttribute("data-rendered", "true");

        switchTo(d.employee());
        assertThat(page.getByTestId("home-faq")).containsText(title);
        assertThat(page.getByTestId("home-faq")).containsText("Work order (A4)");
        assertThat(page.getByTestId("home-my-problems")).containsText("Resolved");
        page.getByTestId("home-my-problems").getByText(title).click();
        page.getByTestId("problem-close").click();
        assertThat(page.getByTestId("problem-status")).hasText("Closed");
    }
}
