package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.uptake.support.BrowserTest;
import org.uptake.support.ReportFixtures;

/**
 * The status report main scenario in a browser: the coordinator of a 3-wave program sees its dashboard with
 * KPIs, problems and adoption, subscribes, generates the weekly report and receives it as PDF by e-mail.
 */
class ReportBrowserTests extends BrowserTest {

    @org.junit.jupiter.api.BeforeEach
    void patientFirstPage() throws Exception {
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"));
    }

    @Test
    void aCoordinatorSeesTheDashboardGeneratesTheWeeklyReportAndReceivesItAsPdf() throws Exception {
        var scene = new ReportFixtures(fixtures).threeWaves();
        signIn(scene.coordinator().username());

        page.navigate(baseUrl() + "/programs/" + scene.programId() + "/dashboard");
        assertThat(page.getByTestId("dashboard-rag")).containsText("Amber");
        assertThat(page.getByTestId("dashboard-kpi-" + scene.kpi().id())).hasAttribute("data-rendered", "true");
        assertThat(page.getByTestId("dashboard-problems")).containsText("1 open, 1 critical");
        assertThat(page.getByTestId("dashboard-adoption")).containsText("3 of");
        assertThat(page.getByTestId("dashboard-adoption-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.getByTestId("dashboard-problem-chart")).hasAttribute("data-rendered", "true");

        page.getByTestId("program-tab-reports").click();
        page.getByTestId("report-subscribe").click();
        assertThat(page.getByTestId("report-subscribed")).isVisible();
        page.getByTestId("report-generate").click();
        assertThat(page.getByTestId("report-rag-shown")).hasText("Amber");
        assertThat(page.getByTestId("reason-problems")).containsText("1 critical problem(s) open");
        assertThat(page.getByTestId("report-rule")).isVisible();

        String email = jdbc.sql("select email from person where id = ?").param(scene.coordinator().personId()).query(String.class).single();
        MimeMessage mail = ReportFixtures.reportMail(email);
        org.assertj.core.api.Assertions.assertThat(ReportFixtures.pdfAttachment(mail)).startsWith("%PDF".getBytes());
    }
}
