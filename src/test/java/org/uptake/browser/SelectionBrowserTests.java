package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.program.Program;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.BrowserTest;
import org.uptake.support.ProgramFixtures;

/**
 * P8's procurement in the browser: the coordinator starts a CRM selection with the six built-in
 * questions, sets the price / quality weighting (a total other than 100 % is refused), adds three
 * vendors and two evaluators; each evaluator scores alone and submits, the ranking and the
 * sensitivity view appear only then; the coordinator records the decision and the CEO signs it off.
 */
class SelectionBrowserTests extends BrowserTest {

    private String nameOf(Actor actor) {
        return jdbc.sql("select full_name from person where id = ?").param(actor.personId()).query(String.class).single();
    }

    private void switchTo(Actor actor) {
        // the machine these run on is shared and often loaded: give navigation more than the default 10 s
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        page.context().clearCookies();
        signIn(actor.username());
    }

    private void pick(String picker, Actor who) {
        htmxReady();
        page.getByTestId(picker + "-search").fill(nameOf(who));
        page.getByTestId(picker).getByTestId("pick-person-" + who.personId()).click();
    }

    private void addVendor(String name, String seats) {
        if (!page.getByTestId("vendor-name").isVisible()) {
            page.getByTestId("vendor-add-open").click();
        }
        page.getByTestId("vendor-name").fill(name);
        page.getByTestId("vendor-advantages").fill(name + " fits our sales process");
        page.getByTestId("vendor-cost-seats").fill(seats);
        page.getByTestId("vendor-add").click();
        assertThat(page.getByTestId("vendor-" + name)).isVisible();
    }

    private void scoreAll(String selectionUrl, int alpha, int beta, int gamma) {
        page.navigate(selectionUrl);
        int[] marks = {alpha, beta, gamma};
        for (int v = 0; v < 3; v++) {
            for (int c = 0; c < 5; c++) {
                page.getByTestId("score-" + v + "-" + c).fill(String.valueOf(marks[v]));
            }
        }
        page.getByTestId("scores-submit").click();
        assertThat(page.getByTestId("my-scores-submitted")).isVisible();
    }

    @Test
    void twoEvaluatorsScoreThreeVendorsAndTheSignedOffDecisionClosesTheSelection() {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        Program program = programs.program(w, "P1");
        Actor anna = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);
        Actor boris = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);
        Actor ceo = fixtures.user(w.admin(), w.root().id(), Role.EMPLOYEE);

        switchTo(w.coordinator());
        page.navigate(baseUrl() + "/programs/" + program.id() + "/selections");
        page.getByTestId("selection-title").fill("CRM system");
        page.getByTestId("selection-create").click();
        assertThat(page.getByTestId("selection-name")).hasText("CRM system");
        String selectionUrl = page.url();
        assertThat(page.getByTestId("selection-weighting")).hasText("Price : quality = 20 : 80");

        page.getByTestId("criterion-weight-0").fill("50");
        page.getByTestId("criteria-save").click();
        assertThat(page.locator(".alert.error")).containsText("The weights total 130 %; they must total 100 %.");
        assertThat(page.getByTestId("selection-weighting")).hasText("Price : quality = 20 : 80");
        page.getByTestId("criterion-weight-0").fill("10");
        page.getByTestId("criterion-weight-4").fill("30");
        page.getByTestId("criteria-save").click();
        assertThat(page.getByTestId("selection-weighting")).hasText("Price : quality = 30 : 70");

        addVendor("Alpha CRM", "10000");
        addVendor("Beta CRM", "8000");
        addVendor("Gamma CRM", "12000");
        pick("evaluator-person", anna);
        page.getByTestId("evaluator-add").click();
        pick("evaluator-person", boris);
        page.getByTestId("evaluator-add").click();
        assertThat(page.getByTestId("evaluator-table")).containsText(nameOf(boris));

        switchTo(anna);
        scoreAll(selectionUrl, 8, 6, 9);
        assertThat(page.getByTestId("results-hidden")).hasText("The results appear when every evaluator has submitted: 1 of 2 so far.");

        switchTo(boris);
        scoreAll(selectionUrl, 8, 6, 9);
        assertThat(page.getByTestId("rank-1")).containsText("Gamma CRM");
        assertThat(page.getByTestId("rank-1")).containsText("8.30");
        assertThat(page.getByTestId("sensitivity-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.getByTestId("sensitivity-table")).containsText("Beta CRM");

        switchTo(w.coordinator());
        page.navigate(selectionUrl);
        page.getByTestId("decision-rationale").fill("Highest weighted total; leads up to a price weight of 40 %");
        pick("decision-approver", ceo);
        page.getByTestId("decision-request").click();
        assertThat(page.getByTestId("selection-status")).hasText("Decision waiting for sign-off");

        switchTo(ceo);
        page.navigate(baseUrl() + "/sign-offs");
        page.getByTestId("sign-offs-waiting").getByText("CRM system: Gamma CRM").click();
        page.getByTestId("sign-off-approve").click();

        switchTo(w.coordinator());
        page.navigate(selectionUrl);
        assertThat(page.getByTestId("selection-status")).hasText("Decided");
        assertThat(page.getByTestId("decision-vendor")).hasText("Gamma CRM");
    }
}
