package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.report.status.OverrideForm;
import org.uptake.report.status.Rag;
import org.uptake.report.status.ScheduledStatusReports;
import org.uptake.report.status.StatusReport;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ReportFixtures;
import org.uptake.support.SupportFixtures;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.ProblemType;

/** Status reports: the stored snapshot, the proposed and overridden health, downloads, the schedule and permissions. */
class StatusReportTests extends IntegrationTest {

    private ReportFixtures reports() {
        return new ReportFixtures(fixtures);
    }

    @Test
    void proposesAmberForAnOpenCriticalProblemAndSaysWhy() {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        f.support().report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Till down");

        StatusReport report = f.reports().generate(d.coordinator(), d.program().id());

        assertThat(report.proposedRag()).isEqualTo(Rag.AMBER);
        assertThat(report.rag()).isEqualTo(Rag.AMBER);
        assertThat(report.figures().problems().critical()).isEqualTo(1);
        assertThat(report.figures().reasons()).extracting(r -> r.input()).containsExactly("problems");
        assertThat(report.figures().plan().tasks()).isPositive();
    }

    @Test
    void aStoredReportKeepsItsFiguresWhenTheProgramChanges() {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        StatusReport before = f.reports().generate(d.coordinator(), d.program().id());
        for (int i = 0; i < 3; i++) {
            f.support().report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "Down " + i);
        }

        StatusReport stored = f.reports().get(d.coordinator(), d.program().id(), before.id());
        StatusReport fresh = f.reports().generate(d.coordinator(), d.program().id());

        assertThat(stored.figures()).isEqualTo(before.figures());
        assertThat(stored.proposedRag()).isEqualTo(Rag.GREEN);
        assertThat(fresh.figures().problems().critical()).isEqualTo(3);
        assertThat(fresh.proposedRag()).isEqualTo(Rag.RED);
    }

    @Test
    void rejectsAnOverrideWithoutACommentAndChangesNothing() {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        StatusReport report = f.reports().generate(d.coordinator(), d.program().id());

        assertThatThrownBy(() -> f.reports().override(d.coordinator(), d.program().id(), report.id(),
                new OverrideForm(Rag.RED, "  ", report.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code()).containsExactly("report.error.commentRequired"));

        StatusReport after = f.reports().get(d.coordinator(), d.program().id(), report.id());
        assertThat(after.rag()).isEqualTo(Rag.GREEN);
        assertThat(after.version()).isEqualTo(report.version());
        assertThat(after.overridden()).isFalse();
    }

    @Test
    void overridesTheHealthWithACommentButNeverTheFigures() {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        StatusReport report = f.reports().generate(d.coordinator(), d.program().id());

        StatusReport after = f.reports().override(d.coordinator(), d.program().id(), report.id(),
                new OverrideForm(Rag.AMBER, "Vendor delivery at risk", report.version()));

        assertThat(after.rag()).isEqualTo(Rag.AMBER);
        assertThat(after.proposedRag()).isEqualTo(Rag.GREEN);
        assertThat(after.overrideComment()).isEqualTo("Vendor delivery at risk");
        assertThat(after.figures()).isEqualTo(report.figures());
        assertThat(f.reports().history(d.coordinator(), d.program().id(), report.id())).hasSize(2);
    }

    @Test
    void aStaleOverrideIsAConflictAndChangesNothing() throws Exception {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        StatusReport report = f.reports().generate(d.coordinator(), d.program().id());
        f.reports().override(d.coordinator(), d.program().id(), report.id(), new OverrideForm(Rag.AMBER, "First", report.version()));

        assertThatThrownBy(() -> f.reports().override(d.coordinator(), d.program().id(), report.id(),
                new OverrideForm(Rag.RED, "Second", report.version()))).isInstanceOf(StaleVersionException.class);
        mvc.perform(put("/api/v1/programs/" + d.program().id() + "/status-reports/" + report.id() + "/rag").with(org.uptake.support.Fixtures.bearer(fixtures.token(d.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rag\":\"RED\",\"comment\":\"Third\",\"version\":0}"))
                .andExpect(status().isConflict());

        StatusReport after = f.reports().get(d.coordinator(), d.program().id(), report.id());
        assertThat(after.rag()).isEqualTo(Rag.AMBER);
        assertThat(after.overrideComment()).isEqualTo("First");
    }

    @Test
    void anEmptyProgramGetsAnEmptyStateReport() throws Exception {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        var empty = f.emptyProgram(d.coordinator());

        StatusReport report = f.reports().generate(d.coordinator(), empty.id());

        assertThat(report.figures().empty()).isTrue();
        assertThat(report.proposedRag()).isEqualTo(Rag.GREEN);
        mvc.perform(get("/programs/" + empty.id() + "/reports/" + report.id()).with(as(d.coordinator())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("report-empty")));
    }

    @Test
    void downloadsTheReportAsPdfAndXlsxInTheReadersLanguage() throws Exception {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        StatusReport report = f.reports().generate(d.coordinator(), d.program().id());
        String base = "/programs/" + d.program().id() + "/reports/" + report.id();

        byte[] pdf = mvc.perform(get(base + "/pdf").with(as(d.coordinator())).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = mvc.perform(get(base + "/xlsx").with(as(d.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(d.program().name());
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThan(10);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(d.program().name());
        }
    }

    @Test
    void theScheduledRunGeneratesOneReportPerPeriodHoweverOftenItRuns() {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        var job = fixtures.bean(ScheduledStatusReports.class);
        LocalDate monday = LocalDate.of(2031, 6, 2);

        job.run(monday);
        job.run(monday);
        job.run(monday.plusDays(1));

        var list = f.reports().list(d.coordinator(), d.program().id(), org.uptake.shared.paging.PageRequest.first(10)).items();
        assertThat(list).hasSize(1);
        assertThat(list.getFirst().kind()).isEqualTo(StatusReport.ReportKind.SCHEDULED);
        assertThat(list.getFirst().periodStart()).isEqualTo(LocalDate.of(2031, 5, 26));
        assertThat(list.getFirst().periodEnd()).isEqualTo(LocalDate.of(2031, 6, 1));
    }

    @Test
    void onlyEditorsGenerateAndAnotherOrganisationFindsNothing() {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();
        StatusReport report = f.reports().generate(d.coordinator(), d.program().id());
        var viewer = fixtures.user(d.admin(), null, Role.VIEWER);
        var stranger = fixtures.newOrganization();

        assertThatThrownBy(() -> f.reports().generate(viewer, d.program().id())).isInstanceOf(ForbiddenException.class);
        assertThat(f.reports().get(viewer, d.program().id(), report.id()).id()).isEqualTo(report.id());
        assertThatThrownBy(() -> f.reports().get(stranger, d.program().id(), report.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.reports().override(viewer, d.program().id(), report.id(), new OverrideForm(Rag.RED, "x", 0)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void thePageGeneratesAReportAndShowsTheRule() throws Exception {
        var f = reports();
        SupportFixtures.Desk d = f.support().desk();

        String location = mvc.perform(post("/programs/" + d.program().id() + "/reports").with(as(d.coordinator()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as(d.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("report-rule")));
    }
}
