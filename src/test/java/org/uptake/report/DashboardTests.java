package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.uptake.report.dashboard.DashboardService;
import org.uptake.report.dashboard.PortfolioRow;
import org.uptake.report.status.Rag;
import org.uptake.shared.Role;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProblemType;
import org.uptake.support.ReportFixtures;
import org.uptake.support.SupportFixtures;
import org.uptake.support.sla.ProblemSeverity;

/** The live program dashboard and the portfolio of every program with its newest report. */
class DashboardTests extends IntegrationTest {

    private DashboardService dashboards() {
        return fixtures.bean(DashboardService.class);
    }

    @Test
    void theProgramDashboardShowsTodaysFiguresAndHealthLive() throws Exception {
        var f = new ReportFixtures(fixtures);
        SupportFixtures.Desk d = f.support().desk();
        f.reports().generate(d.coordinator(), d.program().id());
        f.support().report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Scanner down");

        var dashboard = dashboards().program(d.coordinator(), d.program().id(), Locale.ENGLISH);

        assertThat(dashboard.rag()).isEqualTo(Rag.AMBER);
        assertThat(dashboard.figures().problems().open()).isEqualTo(1);
        assertThat(dashboard.latest().proposedRag()).isEqualTo(Rag.GREEN);
        mvc.perform(get("/programs/" + d.program().id() + "/dashboard").with(as(d.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dashboard-problem-chart")))
                .andExpect(content().string(Matchers.containsString("dashboard-adoption-chart")));
    }

    @Test
    void thePortfolioListsEveryProgramWithItsNewestReportForAViewer() throws Exception {
        var f = new ReportFixtures(fixtures);
        SupportFixtures.Desk d = f.support().desk();
        var quiet = f.emptyProgram(d.coordinator());
        f.support().report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Down");
        f.reports().generate(d.coordinator(), d.program().id());
        var newest = f.reports().generate(d.coordinator(), d.program().id());
        var viewer = fixtures.user(d.admin(), null, Role.VIEWER);

        var rows = dashboards().portfolio(viewer, null, PageRequest.first(50)).items();

        assertThat(rows).extracting(r -> r.program().id()).containsExactlyInAnyOrder(d.program().id(), quiet.id());
        PortfolioRow reported = rows.stream().filter(r -> r.program().id() == d.program().id()).findFirst().orElseThrow();
        assertThat(reported.latest().id()).isEqualTo(newest.id());
        assertThat(reported.rag()).isEqualTo("AMBER");
        assertThat(rows.stream().filter(r -> r.program().id() == quiet.id()).findFirst().orElseThrow().rag()).isEqualTo("NONE");
        mvc.perform(get("/portfolio").with(as(viewer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/programs/" + d.program().id() + "/dashboard")));
    }

    @Test
    void anotherOrganisationSeesNeitherTheDashboardNorThePrograms() {
        var f = new ReportFixtures(fixtures);
        SupportFixtures.Desk d = f.support().desk();
        var stranger = fixtures.newOrganization();

        assertThatThrownBy(() -> dashboards().program(stranger, d.program().id(), Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        assertThat(dashboards().portfolio(stranger, null, PageRequest.first(50)).items()).isEmpty();
    }
}
