package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.BrowserTest;

/** The main sign-off scenario in the browser: ask two people, one rejects, ask again, both approve. */
class SignOffBrowserTests extends BrowserTest {

    private String nameOf(Actor actor) {
        return jdbc.sql("select full_name from person where id = ?").param(actor.personId()).query(String.class).single();
    }

    private void switchTo(Actor actor) {
        page.context().clearCookies();
        signIn(actor.username());
    }

    private void addApprover(Actor approver) {
        htmxReady();
        page.getByTestId("sign-off-form-search-0").fill(nameOf(approver));
        page.getByTestId("choose-person-" + approver.personId()).click();
        assertThat(page.getByTestId("approver-chip-" + approver.personId())).isVisible();
    }

    private void openFromInbox(String title) {
        page.navigate(baseUrl() + "/sign-offs");
        page.getByTestId("sign-offs-waiting").getByText(title).click();
        assertThat(page.getByTestId("sign-off-title")).hasText(title);
    }

    @Test
    void aRejectedRequestIsAskedAgainAndApprovedWithTheFirstRoundKept() {
        Actor admin = fixtures.newOrganization();
        Actor coordinator = fixtures.user(admin, null, Role.COORDINATOR);
        Actor anna = fixtures.user(admin, null, Role.EMPLOYEE);
        Actor boris = fixtures.user(admin, null, Role.EMPLOYEE);
        String title = "New opening hours for the reception";

        signIn(coordinator.username());
        page.navigate(baseUrl() + "/sign-offs");
        page.getByTestId("sign-offs-new").click();
        page.getByTestId("sign-off-form-title").fill(title);
        page.getByTestId("sign-off-form-description").fill("Open at 07:00 instead of 08:00 from next month.");
        addApprover(anna);
        addApprover(boris);
        page.getByTestId("sign-off-form-rule-0").selectOption("ALL");
        page.getByTestId("sign-off-form-save").click();
        assertThat(page.getByTestId("sign-off-title")).hasText(title);
        assertThat(page.getByTestId("sign-off-status")).hasText("Open");

        switchTo(anna);
        openFromInbox(title);
        page.getByTestId("sign-off-approve").click();
        assertThat(page.getByTestId("approver-" + anna.personId())).containsText("Approved");

        switchTo(boris);
        openFromInbox(title);
        page.getByTestId("sign-off-comment").fill("The early shift is not staffed yet.");
        page.getByTestId("sign-off-reject").click();
        assertThat(page.getByTestId("sign-off-status")).hasText("Rejected");

        switchTo(coordinator);
        page.navigate(baseUrl() + "/sign-offs");
        page.getByTestId("sign-offs-list").getByText(title).click();
        page.getByTestId("sign-off-round-note").fill("Two receptionists moved to the early shift.");
        page.getByTestId("sign-off-new-round").click();
        assertThat(page.getByTestId("sign-off-round")).hasText("Round 2");
        assertThat(page.getByTestId("sign-off-status")).hasText("Open");

        switchTo(anna);
        openFromInbox(title);
        page.getByTestId("sign-off-approve").click();
        switchTo(boris);
        openFromInbox(title);
        page.getByTestId("sign-off-approve").click();

        switchTo(coordinator);
        page.navigate(baseUrl() + "/sign-offs");
        page.getByTestId("sign-offs-list").getByText(title).click();
        assertThat(page.getByTestId("sign-off-status")).hasText("Approved");
        assertThat(page.getByTestId("sign-off-round")).hasText("Round 2");
        page.getByTestId("sign-off-round-1").locator("summary").click();
        assertThat(page.getByTestId("sign-off-round-1")).containsText("Rejected");
        assertThat(page.getByTestId("sign-off-round-1")).containsText("The early shift is not staffed yet.");
        assertThat(page.getByTestId("sign-off-thread")).containsText("Two receptionists moved to the early shift.");
    }
}
