package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.centre.CentreForms;
import org.uptake.process.centre.CentreService;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

/** Responsibility centres, orphan processes, functions served twice, RACI, and the exportable organisational documents. */
class ProcessOrganisationTests extends IntegrationTest {

    private ProcessFixtures processes;
    private CentreService centres;
    private Actor admin;
    private String token;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        centres = fixtures.bean(CentreService.class);
        admin = fixtures.newOrganization();
        token = fixtures.token(admin);
    }

    private ResponsibilityCentre centre(String name) {
        var f = new CentreForms.Centre();
        f.setName(name);
        return centres.create(admin, f);
    }

    private void serve(ResponsibilityCentre c, Process p, String function) {
        var f = new CentreForms.Function();
        f.setProcessId(p.id());
        f.setFunction(function);
        centres.addFunction(admin, c.id(), f);
    }

    @Test
    void listsProcessesNoCentreServesAndProcessesServedTwice() throws Exception {
        Process service = processes.process(admin, "Car service", null);
        Process receiving = processes.process(admin, "Receiving a car", service.id());
        Process hr = processes.process(admin, "Personnel management", null);
        ResponsibilityCentre reception = centre("Reception");
        ResponsibilityCentre workshop = centre("Workshop");
        serve(reception, service, "Receives and returns cars");
        serve(reception, receiving, "Draws up work orders");
        serve(workshop, receiving, "Also draws up work orders");
        mvc.perform(get("/api/v1/processes/centres/orphans").with(bearer(token)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value(hr.name()));
        mvc.perform(get("/api/v1/processes/centres/duplicates").with(bearer(token)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].processName").value("Receiving a car"));
        assertThatThrownBy(() -> serve(reception, receiving, "Twice"))
                .hasMessageContaining("process.centre.error.servedAlready");
    }

    @Test
    void turnsAProposedCentreIntoAUnit() {
        ResponsibilityCentre supply = centre("Supply department");
        assertThat(supply.proposed()).isTrue();
        var unit = new CentreForms.NewUnit();
        unit.setCode("SUP");
        unit.setVersion(supply.version());
        ResponsibilityCentre now = centres.becomeUnit(admin, supply.id(), unit);
        assertThat(now.proposed()).isFalse();
        assertThat(now.unitName()).isEqualTo("Supply department");
    }

    @Test
    void preFillsRaciFromTheSpecificationAndRefusesToOverrideItThere() throws Exception {
        Position head = fixtures.position(admin, "Head of the car service");
        Position adviser = fixtures.position(admin, "Service adviser");
        Position mechanic = fixtures.position(admin, "Mechanic");
        Process p = processes.owned(admin, "Receiving a car", null, head);
        processes.executor(admin, p.id(), adviser);
        String cell = "{\"processId\":%d,\"positionId\":%d,\"role\":\"%s\"}";
        mvc.perform(put("/api/v1/processes/raci").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(cell.formatted(p.id(), mechanic.id(), "I")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cells['" + p.id() + ":" + head.id() + "']").value("A"))
                .andExpect(jsonPath("$.cells['" + p.id() + ":" + adviser.id() + "']").value("R"))
                .andExpect(jsonPath("$.cells['" + p.id() + ":" + mechanic.id() + "']").value("I"));
        mvc.perform(put("/api/v1/processes/raci").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(cell.formatted(p.id(), adviser.id(), "C")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.raci.error.derived"));
        assertThat(jdbc.sql("select count(*) from process_raci where process_id = ?").param(p.id()).query(Long.class).single())
                .isOne();
    }

    @Test
    void exportsTheOrganisationalConceptAndTheRegulationOnTheOrgStructureAsWordDocuments() throws Exception {
        Process service = processes.process(admin, "Car service", null);
        Process planning = processes.process(admin, "Annual planning", null);
        var form = ProcessForm.of(planning);
        form.setSystemForming(true);
        form.setDescription("The company plans its year. The plan is approved by the board.");
        processes.processes.update(admin, planning.id(), form);
        serve(centre("Reception"), service, "Receives cars");
        byte[] docx = mvc.perform(get("/processes/concept/organisational-concept.docx").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("organisational-concept.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(docx)).contains("Car service", "Reception", "Receives cars");
        byte[] regulation = mvc.perform(get("/processes/concept/org-structure-regulation.docx").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(regulation)).contains("Annual planning", "The company plans its year.");
        mvc.perform(get("/processes/concept/org-structure-regulation").with(as(admin)))
                .andExpect(content().string(Matchers.containsString("Annual planning")));
    }

    @Test
    void theRaciMatrixShowsAProcessWithItsDirectSubProcessesAndDrillsDownALevel() throws Exception {
        Process top = processes.process(admin, "Car service", null);
        Process receiving = processes.process(admin, "Receiving a car", top.id());
        Process inspection = processes.process(admin, "Inspecting the car", receiving.id());
        var raci = fixtures.bean(org.uptake.process.raci.RaciService.class);

        assertThat(raci.matrix(admin, top.id()).rows()).extracting(r -> r.name()).containsExactly("Car service", "Receiving a car");
        assertThat(raci.matrix(admin, receiving.id()).rows()).extracting(r -> r.name())
                .containsExactly("Receiving a car", "Inspecting the car");
        mvc.perform(get("/processes/raci").param("rootId", String.valueOf(top.id())).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("raci-drill-" + receiving.id())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Inspecting the car"))));
        mvc.perform(get("/processes/raci").param("rootId", String.valueOf(receiving.id())).with(as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Inspecting the car")));
        assertThat(inspection.level()).isEqualTo(3);
    }

    @Test
    void exportsBothDocumentsAsPdfInAnyScript() throws Exception {
        Process service = processes.process(admin, "Автосервис", null);
        serve(centre("Приёмка"), service, "Принимает автомобили");
        byte[] concept = mvc.perform(get("/processes/concept/organisational-concept.pdf").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("organisational-concept.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(concept)).contains("Автосервис", "Приёмка", "Принимает автомобили");
        byte[] regulation = mvc.perform(get("/processes/concept/org-structure-regulation.pdf").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(regulation)).contains("Приёмка", "Принимает автомобили");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String text(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder sb = new StringBuilder();
            doc.getParagraphs().stream().map(XWPFParagraph::getText).forEach(t -> sb.append(t).append('\n'));
            doc.getTables().forEach(t -> sb.append(t.getText()));
            return sb.toString();
        }
    }
}
