package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.RolloutFixtures;
import org.uptake.support.RolloutFixtures.Rollout;

/**
 * The "done when": a 3-wave P1 rollout run in the browser (training, open critical problems and the
 * readiness survey come from their modules' readiness signals) — pilot findings closed, pilot stable, heads sign off, the gate says go, units go
 * live and the board turns green; a unit whose head has not signed off shows exactly that reason
 * and its go-live is refused.
 */
class RolloutBrowserTests extends BrowserTest {

    /**
     * Every criterion now comes from its module's signal (training: no course concerns these depots; problems: none open;
     * survey: no readiness survey asked these depots), so nothing is entered by hand; the checklist is ticked on its own page.
     */
    private static final List<String> SIGNALLED = List.of("TRAINING", "PROBLEMS", "SURVEY");

    @Test
    void runsAThreeWaveRolloutFromPilotToAGreenBoard() {
        Rollout r = new RolloutFixtures(fixtures).rollout(3);
        String program = baseUrl() + "/programs/" + r.programId();
        signIn(r.coordinator().username());

        createWave(program, "Pilot", true, LocalDate.now(), "Depot 1");
        createWave(program, "Wave 2", false, LocalDate.now(), "Depot 2");
        createWave(program, "Wave 3", false, LocalDate.now().plusDays(7), "Depot 3");
        page.navigate(program + "/waves");
        assertThat(page.getByTestId("waves").locator("tbody tr")).hasCount(3);

        page.locator("[data-testid=wave-1] a").first().click();
        page.getByTestId("new-finding").locator("input[name=title]").fill("Receipts do not print");
        page.getByTestId("new-finding").locator("select[name=kind]").selectOption("ERROR");
        page.getByTestId("new-finding").locator("select[name=severity]").selectOption("CRITICAL");
        page.getByTestId("new-finding").locator("button").click();
        assertThat(page.getByTestId("stability")).containsText("1 open critical finding");

        goLiveWithSignOff(program, r, 0, "Depot 1");

        page.navigate(program + "/waves");
        page.locator("[data-testid=wave-1] a").first().click();
        page.getByTestId("findings").locator("input[name=fix]").fill("Printer driver updated");
        page.getByTestId("findings").locator("button:has-text('Close')").click();
        page.getByTestId("declare-stable").click();
        assertThat(page.getByTestId("wave-stable")).isVisible();

        goLiveWithSignOff(program, r, 1, "Depot 2");

        openUnit(program, "Depot 3");
        enterPassingValues();
        assertThat(page.getByTestId("reasons")).hasText("head has not signed off");
        page.getByTestId("go-live-button").click();
        assertThat(page.locator(".alert.error")).containsText("Go-live needs a go or conditional go");
        assertThat(page.getByTestId("live")).hasCount(0);

        page.navigate(program + "/readiness");
        assertThat(page.getByTestId("status-Depot 1")).hasText("live");
        assertThat(page.getByTestId("status-Depot 2")).hasText("live");
        assertThat(page.getByTestId("status-Depot 1")).hasClass(java.util.regex.Pattern.compile("pass"));
        assertThat(page.getByTestId("row-Depot 3")).containsText("head has not signed off");
    }

    @Test
    void migratesDataThroughTheBackupAndTestGateAndRunsInParallelUntilTheCutover() {
        Rollout r = new RolloutFixtures(fixtures).rollout(1);
        String program = baseUrl() + "/programs/" + r.programId();
        signIn(r.coordinator().username());
        createWave(program, "Pilot", true, LocalDate.now(), "Depot 1");

        page.navigate(program + "/rollout/migrations");
        page.getByTestId("new-migration").locator("input[name=sourceSystem]").fill("Old order book");
        page.getByTestId("new-migration").locator("button").click();
        var source = page.locator("[data-testid^=migration-]").first();
        String id = source.getAttribute("data-testid").substring("migration-".length());
        page.getByTestId("open-migration-" + id).click();
        page.getByTestId("migration-source").fill("Order book 2019-2024");
        page.getByTestId("save-migration").click();
        assertThat(page.locator(".history")).containsText("Order book 2019-2024");
        page.navigate(program + "/rollout/migrations");
        page.getByTestId("step-MIGRATE-" + id).click();
        assertThat(page.locator(".alert.error")).containsText("Back the data up first");
        page.getByTestId("note-BACKUP-" + id).fill("Dump on the NAS");
        page.getByTestId("step-BACKUP-" + id).click();
        page.getByTestId("note-TEST_BEFORE-" + id).fill("Trial import of 50 orders");
        page.getByTestId("step-TEST_BEFORE-" + id).click();
        page.getByTestId("step-MIGRATE-" + id).click();
        page.getByTestId("note-TEST_AFTER-" + id).fill("20 orders compared");
        page.getByTestId("step-TEST_AFTER-" + id).click();
        assertThat(page.getByTestId("migration-status")).hasText("done");

        page.navigate(program + "/rollout/parallel-runs");
        var run = page.getByTestId("new-run");
        run.locator("input[name=legacySystem]").fill("Order book");
        run.locator("input[name=newSystem]").fill("Workshop system");
        run.locator("input[name=startsOn]").fill(LocalDate.now().minusDays(3).toString());
        run.locator("input[name=endsOn]").fill(LocalDate.now().plusDays(10).toString());
        run.locator("input[name=matchingDays]").fill("1");
        run.locator("button").click();
        String later = LocalDate.now().plusDays(20).toString();
        page.getByTestId("run-ends-on").fill(later);
        page.getByTestId("save-run").click();
        assertThat(page.locator(".history")).containsText(later);
        page.getByTestId("new-check").locator("input[name=metric]").fill("Orders per day");
        page.getByTestId("new-check").locator("button").click();
        page.getByTestId("cutover-decision").selectOption("CUTOVER");
        page.getByTestId("record-cutover").click();
        assertThat(page.locator(".alert.error")).containsText("exit criteria are not met");
        page.getByTestId("readings").locator("input[name=legacyValue]").fill("40");
        page.getByTestId("readings").locator("input[name=newValue]").fill("40");
        page.getByTestId("save-readings").click();
        assertThat(page.getByTestId("exit-status")).containsText("exit criteria met");
        page.getByTestId("cutover-decision").selectOption("CUTOVER");
        page.getByTestId("record-cutover").click();
        assertThat(page.getByTestId("run-decision")).containsText("Cut over to the new system");
    }

    private void createWave(String program, String name, boolean pilot, LocalDate goLive, String unit) {
        page.navigate(program + "/waves");
        var form = page.getByTestId("new-wave");
        form.locator("input[name=name]").fill(name);
        form.locator("input[name=plannedGoLive]").fill(goLive.toString());
        if (pilot) {
            form.locator("input[name=pilot]").check();
        }
        form.getByTestId("wave-units").selectOption(new com.microsoft.playwright.options.SelectOption[]{
                new com.microsoft.playwright.options.SelectOption().setLabel(unit)});
        form.locator("button[type=submit]").click();
        assertThat(page.getByTestId("wave-name")).containsText(name);
    }

    private void openUnit(String program, String unit) {
        page.navigate(program + "/readiness");
        page.getByTestId("row-" + unit).locator("a").first().click();
        assertThat(page.getByTestId("unit-name")).hasText(unit);
    }

    private void enterPassingValues() {
        String unitUrl = page.url();
        page.getByTestId("checklist-link").click();
        page.getByTestId("bulk-mark-button").click();
        assertThat(page.getByTestId("checklist-summary")).containsText("(100%)");
        page.navigate(unitUrl);
        assertThat(page.getByTestId("criterion-CHECKLIST")).hasClass(java.util.regex.Pattern.compile("pass"));
        SIGNALLED.forEach(kind -> assertThat(page.getByTestId("criterion-" + kind)).hasClass(java.util.regex.Pattern.compile("pass")));
    }

    private void goLiveWithSignOff(String program, Rollout r, int station, String unit) {
        openUnit(program, unit);
        enterPassingValues();
        assertThat(page.getByTestId("reasons")).hasText("head has not signed off");
        page.getByTestId("request-sign-off").click();
        assertThat(page.getByTestId("sign-off-status")).hasText("waiting for the head");
        String unitUrl = page.url();

        page.context().clearCookies();
        signIn(r.station(station).head().username());
        page.navigate(unitUrl);
        page.getByTestId("sign-off-status").click();
        page.getByTestId("sign-off-approve").click();
        page.waitForLoadState();

        page.context().clearCookies();
        signIn(r.coordinator().username());
        page.navigate(unitUrl);
        assertThat(page.getByTestId("ready")).isVisible();
        page.getByTestId("outcome").selectOption("GO");
        page.getByTestId("record-decision").click();
        assertThat(page.getByTestId("decisions")).containsText("Go");
        page.getByTestId("go-live-button").click();
        assertThat(page.getByTestId("live")).isVisible();
    }
}
