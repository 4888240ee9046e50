package org.uptake.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.support.CompetencyFixtures;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;

class JobDutyApiTests extends IntegrationTest {

    private CompetencyFixtures.CarService car;
    private String token;

    @BeforeEach
    void carService() {
        car = new CompetencyFixtures(fixtures).carService();
        token = fixtures.token(car.admin());
    }

    @Test
    void answersTheDutiesTableAsJson() throws Exception {
        mvc.perform(get("/api/v1/positions/" + car.adviser().id() + "/duties").with(Fixtures.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].name").value(CompetencyFixtures.RECEIVING))
                .andExpect(jsonPath("$.rows[0].results[0]").value("Work order"))
                .andExpect(jsonPath("$.blockedBy").isEmpty());
    }

    @Test
    void refusesAProvisionalExecutorWithAProblemAndNoRevision() throws Exception {
        new CompetencyFixtures(fixtures).processes.provisionalExecutor(car.admin(), car.receiving().id(), "Receiver");
        mvc.perform(post("/api/v1/positions/" + car.adviser().id() + "/duties/revisions").with(Fixtures.bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("duties.error.provisional"));
        mvc.perform(get("/api/v1/positions/" + car.adviser().id() + "/duties/revisions").with(Fixtures.bearer(token)))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void staleFunctionsAreAConflictAndBlankOnesABadRequest() throws Exception {
        String url = "/api/v1/positions/" + car.adviser().id() + "/duties/functions/" + car.receiving().id();
        mvc.perform(put(url).with(Fixtures.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"functions\":\"Receives cars\",\"version\":0}")).andExpect(status().isOk());
        mvc.perform(put(url).with(Fixtures.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"functions\":\"Again\",\"version\":0}")).andExpect(status().isConflict());
        mvc.perform(put(url).with(Fixtures.bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"functions\":\"  \",\"version\":2}")).andExpect(status().isBadRequest());
    }

    @Test
    void exportsThePdfAndDocxWithTheTableInAnyScript() throws Exception {
        var ru = new CompetencyFixtures(fixtures);
        var adviser = fixtures.position(car.admin(), "Мастер-приёмщик");
        ru.receiving(car.admin(), adviser, car.head(), "Приём автомобиля от клиента");
        byte[] pdf = mvc.perform(get("/api/v1/positions/" + adviser.id() + "/duties/export?format=pdf").with(Fixtures.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Мастер-приёмщик").contains("Приём автомобиля от клиента").contains("Work order");
        }
        byte[] docx = mvc.perform(get("/api/v1/positions/" + adviser.id() + "/duties/export?format=docx").with(Fixtures.bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Приём автомобиля от клиента").contains("Phone survey of clients");
        }
        mvc.perform(get("/api/v1/positions/" + adviser.id() + "/duties/export?format=xls").with(Fixtures.bearer(token)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDutiesPageShowsTheTableAndIssuesARevision() throws Exception {
        String html = mvc.perform(get("/positions/" + car.adviser().id() + "/duties").with(Fixtures.as(car.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(CompetencyFixtures.RECEIVING).contains("Client satisfaction with the service");
        mvc.perform(post("/positions/" + car.adviser().id() + "/duties/issue").param("version", "0")
                        .with(Fixtures.as(car.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/positions/" + car.adviser().id() + "/duties").with(Fixtures.as(car.adviserActor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("data-testid=\"duties-revisions\"");
    }
}
