package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.procurement.requirement.DocumentForm;
import org.uptake.procurement.requirement.Priority;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.procurement.requirement.SystemDecision;
import org.uptake.procurement.requirement.SystemService;
import org.uptake.program.Program;
import org.uptake.support.ProcurementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** The requirements document for vendors, as PDF and DOCX: everything but the internal budget. */
class RequirementExportTests extends ProgramTest {

    private ProgramFixtures.World w;
    private Program p;

    @BeforeEach
    void document() {
        w = programFixtures.world();
        p = programFixtures.program(w, "P1");
        fixtures.bean(RequirementService.class).saveDocument(w.coordinator(), p.id(), new DocumentForm(
                "Every station records orders in one system. Lead time falls by a fifth.", "987 654,32", "EUR",
                "Secret reserve for negotiations", 0));
        fixtures.bean(RequirementService.class).create(w.coordinator(), p.id(),
                ProcurementFixtures.requirement("Service adviser", 1, Priority.MUST, w.sponsor().id(), List.of()));
        fixtures.bean(SystemService.class).create(w.coordinator(), p.id(),
                ProcurementFixtures.system("Old order book", SystemDecision.REPLACE));
        fixtures.bean(IntegrationService.class).create(w.coordinator(), p.id(),
                ProcurementFixtures.integration("1C Accounting", 7, null));
    }

    @Test
    void thePdfHasTheRequirementsSystemsAndIntegrationsButNotTheBudget() throws Exception {
        byte[] pdf = mvc.perform(get("/programs/" + p.id() + "/procurement/export").param("format", "pdf").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Every station records orders", "Service adviser", "Old order book", "1C Accounting",
                "Stage 1");
        assertThat(text).doesNotContain("987", "Secret reserve", "budget");
    }

    @Test
    void theDocxHasTheSameContentWithoutTheBudget() throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/programs/" + p.id() + "/requirements/export").param("format", "docx")
                        .with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("Every station records orders", "Service adviser", "Old order book", "1C Accounting");
        assertThat(text).doesNotContain("987", "Secret reserve");
    }

    @Test
    void anUnknownFormatIsAClearError() throws Exception {
        mvc.perform(get("/api/v1/programs/" + p.id() + "/requirements/export").param("format", "odt")
                        .with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isBadRequest());
    }
}
