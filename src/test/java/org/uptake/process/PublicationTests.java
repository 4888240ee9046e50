package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffService;
import org.uptake.org.position.Position;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.process.publication.PublicationService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

/** Specifications are approved and published by sign-off of the owner position's holders, as numbered revisions. */
class PublicationTests extends IntegrationTest {

    private ProcessFixtures processes;
    private SignOffService signOffs;
    private Actor admin;
    private String token;
    private Position head;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        signOffs = fixtures.bean(SignOffService.class);
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

    private SignOff signOffOf(long processId) {
        return signOffs.forSubject(admin, PublicationService.SUBJECT, processId).latest().orElseThrow();
    }

    private void sign(Actor approver, long processId, SignOffDecision outcome) {
        SignOff s = signOffOf(processId);
        signOffs.decide(approver, s.id(), new DecisionForm(outcome, "Agreed", List.of(), null, null, s.version()));
    }

    private Process measured(String name) {
        Process p = processes.owned(admin, name, null, head);
        processes.measured(admin, p.id());
        return p;
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
    void submitsToTheHoldersOfTheOwnerPositionAndPublishesRevisionOneWhenTheySignOff() throws Exception {
        Actor owner = processes.holder(admin, head, Role.EMPLOYEE);
        Process p = measured("Receiving a car");
        decide(p.id(), "submit", reload(p.id()).specVersion(), "Please sign")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(signOffOf(p.id()).isOpen()).isTrue();
        sign(owner, p.id(), SignOffDecision.APPROVED);
        Process approved = reload(p.id());
        assertThat(approved.status()).isEqualTo(ProcessStatus.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(1);
        mvc.perform(get("/api/v1/processes/" + p.id() + "/revisions").with(bearer(token)))
                .andExpect(jsonPath("$[0].revision").value(1))
                .andExpect(jsonPath("$[0].approvedByName").value(org.hamcrest.Matchers.startsWith("Holder ")))
                .andExpect(jsonPath("$[0].approvedAt").isNotEmpty());
        mvc.perform(get("/api/v1/processes/" + p.id() + "/revisions/1").with(bearer(token)))
                .andExpect(jsonPath("$.clients[0].name").value("Car owner"));
        processes.result(admin, p.id(), "Defect card");
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(signOffOf(p.id()).holds()).as("the approval no longer holds once the text changed").isFalse();
    }

    @Test
    void refusesToSubmitWhenNobodyHoldsTheOwnerPosition() throws Exception {
        Process p = measured("Receiving a car");
        decide(p.id(), "submit", reload(p.id()).specVersion(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.noOwnerHolder"));
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(signOffs.forSubject(admin, PublicationService.SUBJECT, p.id()).latest()).isEmpty();
    }

    @Test
    void aRejectedSignOffPutsTheSpecificationBackToDraft() throws Exception {
        Actor owner = processes.holder(admin, head, Role.EMPLOYEE);
        Process p = measured("Receiving a car");
        decide(p.id(), "submit", reload(p.id()).specVersion(), null).andExpect(status().isOk());
        sign(owner, p.id(), SignOffDecision.REJECTED);
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(reload(p.id()).approvedRevision()).isNull();
    }

    @Test
    void aChangeAfterSubmissionMarksTheSignOffStaleAndItsApprovalPublishesNothing() throws Exception {
        Actor owner = processes.holder(admin, head, Role.EMPLOYEE);
        Process p = measured("Receiving a car");
        decide(p.id(), "submit", reload(p.id()).specVersion(), null).andExpect(status().isOk());
        processes.result(admin, p.id(), "Defect card");
        assertThat(signOffOf(p.id()).stale()).isTrue();
        sign(owner, p.id(), SignOffDecision.APPROVED);
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(jdbc.sql("select count(*) from process_revision where process_id = ?").param(p.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anAdminApprovesADraftDirectlyWithWhoAndWhen() throws Exception {
        Process p = measured("Receiving a car");
        decide(p.id(), "approve", reload(p.id()).specVersion(), "No owner appointed yet")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedRevision").value(1));
        mvc.perform(get("/api/v1/processes/" + p.id() + "/revisions").with(bearer(token)))
                .andExpect(jsonPath("$[0].approvedByName").value(org.hamcrest.Matchers.startsWith("Admin ")))
                .andExpect(jsonPath("$[0].comment").value("No owner appointed yet"));
    }

    @Test
    void refusesToApproveATextThatChangedSinceItWasRead() throws Exception {
        Process p = measured("Receiving a car");
        int read = reload(p.id()).specVersion();
        processes.result(admin, p.id(), "Defect card");
        decide(p.id(), "approve", read, null).andExpect(status().isConflict());
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
    }

    @Test
    void withdrawsASubmittedSpecificationOnlyWithAComment() throws Exception {
        processes.holder(admin, head, Role.EMPLOYEE);
        Process p = measured("Receiving a car");
        decide(p.id(), "submit", reload(p.id()).specVersion(), null).andExpect(status().isOk());
        decide(p.id(), "approve", reload(p.id()).specVersion(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.signOffOpen"));
        decide(p.id(), "return", reload(p.id()).specVersion(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.SUBMITTED);
        decide(p.id(), "return", reload(p.id()).specVersion(), "Add the mechanic as a client").andExpect(status().isOk());
        assertThat(reload(p.id()).status()).isEqualTo(ProcessStatus.DRAFT);
        assertThat(signOffOf(p.id()).stale()).isTrue();
    }
}
