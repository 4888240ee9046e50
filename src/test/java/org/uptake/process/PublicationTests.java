package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

/** Specifications are approved and published by sign-off, with who and when, as numbered revisions. */
class PublicationTests extends IntegrationTest {

    private ProcessFixtures processes;
    private Actor admin;
    private String token;
    private Position head;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        admin = fixtures.newOrganization();
        token = fixtures.token(admin);
        head = fixtures.position(admin, "Head of the car service");
    }

    private ResultActions decide(long id, String action, int specVersion, String comment) throws Exception {
        String body = "{\"specVersion\":" + specVersion + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return mvc.perform(post("/api/v1/processes/" + id + "/" + action).with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Process reload(long id) {
        return processes.processes.get(admin, id);
    }

    @Test
    void refusesToSubmitOrApproveWhileABlockingCheckFails() throws Exception {
        Process p = processes.process(admin, "Receiving a car", null);
        decide(p.id(), "approve", reload(p.id()).specVersion(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "process.check.description.failed", "process.check.clients.failed", "process.check.owner.failed")));
        decide(p.id(), "submit", reload(p.id()).specVersion(), null).andExpect(status().isBadRequest());
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(jdbc.sql("select count(*) from process_revision where process_id = ?").param(p.id()).query(Long.class).single()).isZero();
    }

    @Test
    void approvesAsRevisionOneWithWhoAndWhenAndGoesBackToDraftOnTheNextChange() throws Exception {
        Process p = processes.owned(admin, "Receiving a car", null, head);
        processes.measured(admin, p.id());
        decide(p.id(), "submit", reload(p.id()).specVersion(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        decide(p.id(), "approve", reload(p.id()).specVersion(), "Agreed with the head")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedRevision").value(1));
        mvc.perform(get("/api/v1/processes/" + p.id() + "/revisions").with(bearer(token)))
                .andExpect(jsonPath("$[0].revision").value(1))
                .andExpect(jsonPath("$[0].approvedByName").value(org.hamcrest.Matchers.startsWith("Admin ")))
                .andExpect(jsonPath("$[0].approvedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].comment").value("Agreed with the head"));
        mvc.perform(get("/api/v1/processes/" + p.id() + "/revisions/1").with(bearer(token)))
                .andExpect(jsonPath("$.clients[0].name").value("Car owner"));
        processes.result(admin, p.id(), "Defect card");
        Process changed = reload(p.id());
        assertThat(changed.status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(changed.approvedRevision()).isEqualTo(1);
    }

    @Test
    void refusesToApproveATextThatChangedSinceItWasRead() throws Exception {
        Process p = processes.owned(admin, "Receiving a car", null, head);
        processes.measured(admin, p.id());
        int read = reload(p.id()).specVersion();
        processes.result(admin, p.id(), "Defect card");
        decide(p.id(), "approve", read, null).andExpect(status().isConflict());
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
    }

    @Test
    void returnsASubmittedSpecificationOnlyWithAComment() throws Exception {
        Process p = processes.owned(admin, "Receiving a car", null, head);
        processes.client(admin, p.id(), "Car owner");
        decide(p.id(), "submit", reload(p.id()).specVersion(), null).andExpect(status().isOk());
        decide(p.id(), "return", reload(p.id()).specVersion(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.SUBMITTED);
        decide(p.id(), "return", reload(p.id()).specVersion(), "Add the mechanic as a client").andExpect(status().isOk());
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
    }
}
