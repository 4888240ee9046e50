package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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

class ProcessCatalogTests extends IntegrationTest {

    private ProcessFixtures processes;
    private Actor admin;
    private String token;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        admin = fixtures.newOrganization();
        token = fixtures.token(admin);
    }

    private long count() {
        return jdbc.sql("select count(*) from process where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    @Test
    void buildsATreeOfThreeLevelsWithAnAuditTrail() throws Exception {
        String body = mvc.perform(post("/api/v1/processes").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"P1\",\"name\":\"Car service\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long top = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        Process receiving = processes.process(admin, "Receiving a car from a client", top);
        Process inspection = processes.process(admin, "Inspecting the car", receiving.id());
        assertThat(receiving.level()).isEqualTo(2);
        assertThat(inspection.level()).isEqualTo(3);
        mvc.perform(get("/api/v1/processes/tree").with(bearer(token)))
                .andExpect(jsonPath("$[0].name").value("Car service"))
                .andExpect(jsonPath("$[0].children[0].name").value("Receiving a car from a client"))
                .andExpect(jsonPath("$[0].children[0].children[0].name").value("Inspecting the car"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'process' and entity_id = ?")
                .param(top).query(Long.class).single()).isPositive();
    }

    @Test
    void refusesALevelFourProcessAndChangesNothing() throws Exception {
        Process one = processes.process(admin, "One", null);
        Process two = processes.process(admin, "Two", one.id());
        Process three = processes.process(admin, "Three", two.id());
        long before = count();
        mvc.perform(post("/api/v1/processes").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Four\",\"parentId\":" + three.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The catalog has levels 1 to 3 only: a process cannot go below a level-3 process."));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesMovingAProcessUnderItsOwnSubProcessAndChangesNothing() throws Exception {
        Process one = processes.process(admin, "One", null);
        Process two = processes.process(admin, "Two", one.id());
        mvc.perform(post("/api/v1/processes/" + one.id() + "/move").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + two.id() + ",\"version\":" + one.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.cycle"));
        Process reloaded = processes.processes.get(admin, one.id());
        assertThat(reloaded.parentId()).isNull();
        assertThat(reloaded.version()).isEqualTo(one.version());
    }

    @Test
    void refusesAMoveThatWouldPushTheSubtreeToLevelFour() throws Exception {
        Process a = processes.process(admin, "A", null);
        Process b = processes.process(admin, "B", a.id());
        Process c = processes.process(admin, "C", b.id());
        Process other = processes.process(admin, "Other", null);
        Process otherChild = processes.process(admin, "Other child", other.id());
        mvc.perform(post("/api/v1/processes/" + b.id() + "/move").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + otherChild.id() + ",\"version\":" + b.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.tooDeep"));
        assertThat(processes.processes.get(admin, c.id()).level()).isEqualTo(3);
        assertThat(processes.processes.get(admin, b.id()).parentId()).isEqualTo(a.id());
    }

    @Test
    void movesAProcessWithItsSubtree() throws Exception {
        Process a = processes.process(admin, "A", null);
        Process b = processes.process(admin, "B", a.id());
        Process c = processes.process(admin, "C", b.id());
        mvc.perform(post("/api/v1/processes/" + b.id() + "/move").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":null,\"version\":" + b.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value(1));
        assertThat(processes.processes.get(admin, c.id()).level()).isEqualTo(2);
        assertThat(processes.processes.get(admin, c.id()).path()).isEqualTo("/" + b.id() + "/" + c.id() + "/");
    }

    @Test
    void refusesAStaleEditAndKeepsTheNewerChange() throws Exception {
        Process p = processes.process(admin, "Receiving", null);
        String json = "{\"name\":\"%s\",\"version\":0}";
        mvc.perform(put("/api/v1/processes/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("First"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/processes/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.formatted("Second")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.stale"));
        assertThat(processes.processes.get(admin, p.id()).name()).isEqualTo("First");
    }

    @Test
    void refusesDeletingAProcessWithSubProcessesOrThatSuppliesAnother() throws Exception {
        Process top = processes.process(admin, "Top", null);
        processes.process(admin, "Child", top.id());
        mvc.perform(delete("/api/v1/processes/" + top.id()).param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.hasChildren"));
        Process booking = processes.process(admin, "Taking bookings", null);
        long booked = processes.result(admin, booking.id(), "Client booking");
        Process receiving = processes.process(admin, "Receiving", null);
        processes.resource(admin, receiving.id(), "Client booking", "Dispatcher", booked);
        mvc.perform(delete("/api/v1/processes/" + booking.id()).param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.suppliesOthers"));
        assertThat(processes.processes.nameOf(admin, booking.id())).isPresent();
    }

    @Test
    void deletesALeafProcessWithItsSpecification() throws Exception {
        Process p = processes.process(admin, "Leaf", null);
        processes.measured(admin, p.id());
        int version = processes.processes.get(admin, p.id()).version();
        mvc.perform(delete("/api/v1/processes/" + p.id()).param("version", String.valueOf(version)).with(bearer(token)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from process_client where process_id = ?").param(p.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void anotherOrganisationsProcessIsNotFound() throws Exception {
        Actor stranger = fixtures.newOrganization();
        Process theirs = processes.process(stranger, "Theirs", null);
        mvc.perform(get("/api/v1/processes/" + theirs.id()).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/processes").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Mine\",\"parentId\":" + theirs.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.parentUnknown"));
    }

    @Test
    void listsAndSearchesByLevel() throws Exception {
        Process top = processes.process(admin, "Service", null);
        processes.process(admin, "Receiving a car", top.id());
        processes.process(admin, "Returning a car", top.id());
        mvc.perform(get("/api/v1/processes").param("level", "2").param("q", "receiv").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Receiving a car"));
    }
}
