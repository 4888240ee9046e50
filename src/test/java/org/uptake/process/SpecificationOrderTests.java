package org.uptake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

/** The form leads clients → goals → results → indicators (seed 002 line 311); every part is tied to what it serves. */
class SpecificationOrderTests extends IntegrationTest {

    private ProcessFixtures processes;
    private Actor admin;
    private String token;
    private Process receiving;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        admin = fixtures.newOrganization();
        token = fixtures.token(admin);
        receiving = processes.process(admin, "Receiving a car from a client", null);
    }

    private ResultActions post(String part, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/processes/" + receiving.id() + "/" + part).with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long parts(String table) {
        return jdbc.sql("select count(*) from " + table + " where process_id = ?").param(receiving.id()).query(Long.class).single();
    }

    @Test
    void refusesAGoalBeforeTheProcessHasAClient() throws Exception {
        post("goals", "{\"clientId\":1,\"text\":\"Confidence\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientId"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Name the process's clients first: goals are formulated from a client's point of view."));
        assertThat(parts("process_goal")).isZero();
    }

    @Test
    void refusesIndicatorsBeforeGoalsAndResultsExistAndChangesNothing() throws Exception {
        long client = processes.client(admin, receiving.id(), "Car owner");
        post("indicators", "{\"goalId\":1,\"name\":\"Satisfaction\",\"methods\":[\"Phone survey\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.indicatorsTooEarly"));
        long goal = processes.goal(admin, receiving.id(), client, "Confidence that the problem is understood");
        post("indicators", "{\"goalId\":" + goal + ",\"name\":\"Satisfaction\",\"methods\":[\"Phone survey\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Indicators come last: first the clients, then goals and results, and only then indicators and how they are measured."));
        assertThat(parts("process_indicator")).isZero();
        processes.result(admin, receiving.id(), "Work order");
        post("indicators", "{\"goalId\":" + goal + ",\"name\":\"Satisfaction\",\"methods\":[\"Phone survey\",\"Complaints\"]}")
                .andExpect(status().isCreated());
        assertThat(parts("process_indicator")).isOne();
    }

    @Test
    void tiesEachGoalToAClientAndEachIndicatorToAGoalOfTheSameProcess() throws Exception {
        Process other = processes.process(admin, "Repairing", null);
        long foreignClient = processes.client(admin, other.id(), "Mechanic");
        long foreignGoal = processes.goal(admin, other.id(), foreignClient, "Clear work");
        processes.result(admin, other.id(), "Repaired car");
        processes.measured(admin, receiving.id());
        post("goals", "{\"clientId\":" + foreignClient + ",\"text\":\"Borrowed\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.clientUnknown"));
        post("indicators", "{\"goalId\":" + foreignGoal + ",\"name\":\"Borrowed\",\"methods\":[\"x\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.goalUnknown"));
        assertThat(parts("process_goal")).isOne();
        assertThat(parts("process_indicator")).isOne();
    }

    @Test
    void refusesAnIndicatorWithoutAMeasurementMethod() throws Exception {
        long client = processes.client(admin, receiving.id(), "Car owner");
        long goal = processes.goal(admin, receiving.id(), client, "Confidence");
        processes.result(admin, receiving.id(), "Work order");
        post("indicators", "{\"goalId\":" + goal + ",\"name\":\"Average ticket\",\"methods\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("methods"));
        assertThat(parts("process_indicator")).isZero();
    }

    @Test
    void refusesRemovingAClientThatStillHasGoals() throws Exception {
        long client = processes.client(admin, receiving.id(), "Car owner");
        processes.goal(admin, receiving.id(), client, "Confidence");
        mvc.perform(delete("/api/v1/processes/" + receiving.id() + "/clients/" + client).param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.clientHasGoals"));
        assertThat(parts("process_client")).isOne();
    }

    @Test
    void refusesRemovingTheLastResultWhileIndicatorsExist() throws Exception {
        processes.measured(admin, receiving.id());
        long result = jdbc.sql("select id from process_result where process_id = ?").param(receiving.id()).query(Long.class).single();
        mvc.perform(delete("/api/v1/processes/" + receiving.id() + "/results/" + result).param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.lastResult"));
        assertThat(parts("process_result")).isOne();
    }

    @Test
    void refusesAStalePartEditAndKeepsTheNewerText() throws Exception {
        long result = processes.result(admin, receiving.id(), "Work order");
        String url = "/api/v1/processes/" + receiving.id() + "/results/" + result;
        mvc.perform(put(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Work order (signed)\",\"version\":0}")).andExpect(status().isOk());
        mvc.perform(put(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Defect card\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/processes/" + receiving.id() + "/specification").with(bearer(token)))
                .andExpect(jsonPath("$.results[0].text").value("Work order (signed)"));
    }

    @Test
    void givesEveryResourceASupplierAndAddsANewlyNamedSupplier() throws Exception {
        post("resources", "{\"name\":\"Client booking\",\"kind\":\"CONSUMABLE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.supplierRequired"));
        assertThat(parts("process_resource")).isZero();
        post("resources", "{\"name\":\"Client booking\",\"kind\":\"CONSUMABLE\",\"newSupplierName\":\"Dispatcher\"}")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/processes/" + receiving.id() + "/specification").with(bearer(token)))
                .andExpect(jsonPath("$.suppliers[0].name").value("Dispatcher"))
                .andExpect(jsonPath("$.resources[0].supplierName").value("Dispatcher"));
    }

    @Test
    void takesAnotherProcesssResultAsAResourceButNotItsOwn() throws Exception {
        Process booking = processes.process(admin, "Taking requests", null);
        long booked = processes.result(admin, booking.id(), "Client booking");
        long own = processes.result(admin, receiving.id(), "Work order");
        post("resources", "{\"name\":\"Work order\",\"kind\":\"CONSUMABLE\",\"newSupplierName\":\"Me\",\"sourceResultId\":" + own + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.ownResult"));
        post("resources", "{\"name\":\"Client booking\",\"kind\":\"CONSUMABLE\",\"newSupplierName\":\"Dispatcher\",\"sourceResultId\":" + booked + "}")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/processes/" + receiving.id() + "/specification").with(bearer(token)))
                .andExpect(jsonPath("$.suppliers[0].sourceProcessId").value(booking.id()))
                .andExpect(jsonPath("$.resources[0].sourceResultText").value("Client booking"));
    }

    @Test
    void namesExecutorsAsPositionsOrFlaggedProvisionalRolesAndResolvesThemEverywhere() throws Exception {
        var adviser = fixtures.position(admin, "Service adviser");
        post("executors", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.executorRequired"));
        post("executors", "{\"provisionalRole\":\"Reception master\"}").andExpect(status().isCreated());
        Process returning = processes.process(admin, "Returning the car", null);
        processes.provisionalExecutor(admin, returning.id(), "reception master");
        mvc.perform(get("/api/v1/processes/" + receiving.id()).with(bearer(token)))
                .andExpect(jsonPath("$.provisionalExecutors").value(1));
        mvc.perform(get("/api/v1/processes/provisional-roles").with(bearer(token)))
                .andExpect(jsonPath("$[0].name").value("Reception master"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/processes/provisional-roles/resolve")
                        .with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"Reception master\",\"positionId\":" + adviser.id() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processes").value(2));
        mvc.perform(get("/api/v1/processes/" + returning.id() + "/specification").with(bearer(token)))
                .andExpect(jsonPath("$.executors[0].positionTitle").value("Service adviser"))
                .andExpect(jsonPath("$.view.process.provisionalExecutors").value(0));
        post("executors", "{\"positionId\":" + adviser.id() + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("process.error.executorTwice"));
    }
}
