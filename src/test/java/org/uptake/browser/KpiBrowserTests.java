package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.Fixtures;
import org.uptake.support.MeasureFixtures;

/** The KPI main scenario in a browser: a KPI from the CTR preset, a measurement far behind plan, the chart, the gap and its task. */
class KpiBrowserTests extends BrowserTest {

    /** On a loaded machine the first page of a fresh JVM (templates not compiled yet) can take longer than the default. */
    @org.junit.jupiter.api.BeforeEach
    void patientFirstPage() throws Exception {
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"));
    }

    @Test
    void aCoordinatorAddsAPresetKpiRecordsAValueBehindPlanAndSeesTheChartTheGapAndTheStrategyTask() {
        var w = new MeasureFixtures(fixtures).world();
        signIn(w.coordinator().username());
        page.navigate(baseUrl() + "/programs/" + w.program().id() + "/kpis");
        page.getByTestId("kpi-preset-CTR").click();
        page.getByTestId("kpi-code").fill("CTR-" + Fixtures.next());
        page.getByTestId("kpi-baseline").fill("1.0");
        page.getByTestId("kpi-baseline-date").fill("2025-01-01");
        page.getByTestId("kpi-target").fill("2.0");
        page.getByTestId("kpi-target-date").fill("2025-05-01");
        page.getByTestId("kpi-add").click();

        assertThat(page.getByTestId("kpi-title")).hasText("Click-through rate of the ad creatives (CTR)");
        assertThat(page.getByTestId("kpi-chart")).hasAttribute("data-rendered", "true");
        page.getByTestId("measurement-value").fill("1.1");
        page.getByTestId("measurement-on").fill("2025-03-20");
        page.getByTestId("measurement-save").click();

        assertThat(page.getByTestId("kpi-open-gap")).hasText("large gap");
        assertThat(page.getByTestId("kpi-period-2025-03-01")).containsText("1.5");
        page.getByTestId("program-tab-kpis").click();
        assertThat(page.getByTestId("kpi-health")).containsText("Health: amber");
        assertThat(page.getByTestId("kpi-gaps")).containsText("Task: correct the strategy");
    }
}
