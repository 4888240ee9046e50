package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.ProgramFixtures;

/**
 * The "done when": a new coordinator creates a program from P1 in the browser, sees the scheduled
 * plan and the Gantt chart, saves a baseline, moves a task and watches its successors shift and the
 * variance appear, records budget spending and a risk.
 */
class ProgramViewsBrowserTests extends BrowserTest {

    @Test
    void aNewCoordinatorRunsAProgramFromPlanToBudgetAndRisks() {
        var w = new ProgramFixtures(fixtures).world();
        signIn(w.coordinator().username());

        page.navigate(baseUrl() + "/programs");
        page.getByTestId("programs-new").click();
        page.getByTestId("use-playbook-P1").click();
        page.getByTestId("wizard-name").fill("Workshop management system");
        page.getByTestId("wizard-start").fill("2030-03-04");
        page.getByTestId("wizard-units").selectOption(String.valueOf(w.root().id()));
        page.getByTestId("wizard-create").click();
        assertThat(page.getByTestId("program-name")).hasText("Workshop management system");
        long programId = Long.parseLong(page.url().replaceAll(".*/programs/(\\d+).*", "$1"));
        long training = task(programId, "training");
        long pilot = task(programId, "pilot");

        page.getByTestId("program-tab-plan").click();
        assertThat(page.getByTestId("plan-tree")).containsText("1.2 Staff training");
        assertThat(page.getByTestId("task-row-" + training).getByTestId("task-start")).hasText("2030-03-18");

        page.getByTestId("program-tab-gantt").click();
        assertThat(page.getByTestId("gantt")).hasAttribute("data-rendered", "true");
        assertThat(page.locator(".gantt-host .bar-wrapper").first()).isVisible();
        assertThat(page.locator(".gantt-host .bar-wrapper.critical").first()).isVisible();
        assertThat(page.getByTestId("gantt-summary")).containsText("critical path");

        page.getByTestId("program-tab-baselines").click();
        page.getByTestId("baseline-name").fill("Kick-off plan");
        page.getByTestId("baseline-save").click();
        assertThat(page.getByTestId("variance-title")).containsText("Kick-off plan");
        assertThat(page.getByTestId("plan-finish-slip")).hasText("0 working days");

        page.getByTestId("program-tab-plan").click();
        htmxReady();
        String pilotStart = page.getByTestId("task-row-" + pilot).getByTestId("task-start").textContent();
        page.getByTestId("task-row-" + training).getByTestId("task-edit").click();
        page.getByTestId("task-edit-row-" + training).getByTestId("edit-start").fill("2030-03-25");
        page.getByTestId("task-edit-row-" + training).getByTestId("edit-save").click();
        assertThat(page.getByTestId("task-row-" + training).getByTestId("task-start")).hasText("2030-03-25");
        Locator pilotStartCell = page.getByTestId("task-row-" + pilot).getByTestId("task-start");
        assertThat(pilotStartCell).not().hasText(pilotStart);

        page.getByTestId("program-tab-baselines").click();
        assertThat(page.getByTestId("plan-finish-slip")).hasText("+5 working days");
        assertThat(page.getByTestId("variance-" + training)).containsText("+5");
        assertThat(page.getByTestId("variance-" + pilot)).containsText("+5");
        assertThat(page.getByTestId("burndown")).hasAttribute("data-rendered", "true");

        page.getByTestId("program-tab-budget").click();
        page.getByTestId("budget-currency-input").fill("EUR");
        page.getByTestId("budget-currency-save").click();
        page.getByTestId("budget-line-new-title").fill("Software licences");
        page.getByTestId("budget-line-new-planned").fill("12 000");
        page.getByTestId("budget-line-add").click();
        page.getByTestId("budget-line-title").first().click();
        page.getByTestId("actual-amount").fill("4 500,50");
        page.getByTestId("actual-note").fill("Invoice 2030-17");
        page.getByTestId("actual-save").click();
        assertThat(page.getByTestId("budget-line-actual")).hasText("4,500.50 EUR");
        assertThat(page.getByTestId("actuals")).containsText("Invoice 2030-17");

        page.getByTestId("program-tab-risks").click();
        page.getByTestId("risk-title").fill("Mechanics keep the paper order book");
        page.getByTestId("risk-probability").selectOption("4");
        page.getByTestId("risk-impact").selectOption("5");
        page.getByTestId("risk-mitigation").fill("Key user in every workshop");
        page.getByTestId("risk-add").click();
        assertThat(page.getByTestId("risk-name")).hasText("Mechanics keep the paper order book");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("← Risks")).click();
        assertThat(page.getByTestId("risk-register")).containsText("Mechanics keep the paper order book");
        assertThat(page.getByTestId("risk-heatmap")).hasAttribute("data-rendered", "true");
    }

    private long task(long programId, String sourceKey) {
        return jdbc.sql("select id from program_task where program_id = ? and source_key = ? and repeat_scope = 'ONCE'")
                .params(programId, sourceKey).query(Long.class).single();
    }
}
