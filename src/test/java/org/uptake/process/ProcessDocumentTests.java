package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

/** Regulations and executor instructions: versioned, approved, and instructions only after the regulation. */
class ProcessDocumentTests extends IntegrationTest {

    private Actor admin;
    private String token;
    private Process receiving;

    @BeforeEach
    void organisation() {
        admin = fixtures.newOrganization();
        token = fixtures.token(admin);
        receiving = new ProcessFixtures(fixtures).process(admin, "Receiving a car from a client", null);
    }

    private long create(String kind, String title) throws Exception {
        String body = mvc.perform(post("/api/v1/processes/" + receiving.id() + "/documents").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"body\":\"Step 1. Step 2.\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    }

    private String documentStatus(long id) {
        return jdbc.sql("select status from process_document where id = ?").param(id).query(String.class).single();
    }

    @Test
    void refusesToApproveAnInstructionBeforeItsProcessRegulationAndChangesNothing() throws Exception {
        long instruction = create("INSTRUCTION", "Drawing up the work order");
        mvc.perform(post("/api/v1/processes/documents/" + instruction + "/approve").param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Instructions are written after the regulation: approve the process regulation first."));
        assertThat(documentStatus(instruction)).isEqualTo("DRAFT");
        long regulation = create("REGULATION", "Regulation of receiving a car");
        mvc.perform(post("/api/v1/processes/documents/" + regulation + "/approve").param("version", "0").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.approvedRevision").value(1));
        mvc.perform(post("/api/v1/processes/documents/" + instruction + "/approve").param("version", "0").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void keepsEachApprovedRevisionAndGoesBackToDraftWhenEdited() throws Exception {
        long regulation = create("REGULATION", "Regulation");
        mvc.perform(post("/api/v1/processes/documents/" + regulation + "/approve").param("version", "0").with(bearer(token)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/processes/documents/" + regulation).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"REGULATION\",\"title\":\"Regulation v2\",\"body\":\"New text.\",\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/v1/processes/documents/" + regulation + "/approve").param("version", "2").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.approvedRevision").value(2));
        mvc.perform(get("/api/v1/processes/documents/" + regulation + "/revisions/1").with(bearer(token)))
                .andExpect(jsonPath("$.body").value("Step 1. Step 2."));
    }

    @Test
    void refusesAStaleEditOfADocument() throws Exception {
        long regulation = create("REGULATION", "Regulation");
        String json = "{\"kind\":\"REGULATION\",\"title\":\"%s\",\"body\":\"x\",\"version\":0}";
        mvc.perform(put("/api/v1/processes/documents/" + regulation).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("First"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/processes/documents/" + regulation).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("Second"))).andExpect(status().isConflict());
        assertThat(jdbc.sql("select title from process_document where id = ?").param(regulation).query(String.class).single())
                .isEqualTo("First");
    }
}
