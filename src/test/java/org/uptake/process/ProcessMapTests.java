package org.uptake.process;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProcessFixtures;

class ProcessMapTests extends IntegrationTest {

    private ProcessFixtures processes;
    private Actor admin;

    @BeforeEach
    void organisation() {
        processes = new ProcessFixtures(fixtures);
        admin = fixtures.newOrganization();
    }

    @Test
    void drawsLevelsOneAndTwoWithTheSupplierToClientRelationLiftedFromLevelThree() throws Exception {
        Process service = processes.process(admin, "Car service", null);
        Process requests = processes.process(admin, "Taking requests", service.id());
        Process booking = processes.process(admin, "Booking a visit", requests.id());
        Process receiving = processes.process(admin, "Receiving a car from a client", service.id());
        long booked = processes.result(admin, booking.id(), "Client booking");
        processes.resource(admin, receiving.id(), "Client booking", "Service dispatcher", booked);
        mvc.perform(get("/api/v1/processes/map").with(bearer(fixtures.token(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes.length()").value(3))
                .andExpect(jsonPath("$.nodes[0].level").value(1))
                .andExpect(jsonPath("$.links[0].source").value(requests.id()))
                .andExpect(jsonPath("$.links[0].target").value(receiving.id()))
                .andExpect(jsonPath("$.links[0].resources").value("Client booking"));
        mvc.perform(get("/processes/map/data").param("collapsed", String.valueOf(service.id())).with(as(admin)))
                .andExpect(jsonPath("$.nodes.length()").value(1))
                .andExpect(jsonPath("$.nodes[0].collapsed").value(true))
                .andExpect(jsonPath("$.links.length()").value(0));
    }

    @Test
    void rendersTheMapPageWithItsDataAndScriptsFromOurOwnOriginOnly() throws Exception {
        processes.process(admin, "Car service <script>alert(1)</script>", null);
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        mvc.perform(get("/processes/map").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("src=\"/vendor/echarts/echarts.min.js\"")))
                .andExpect(content().string(Matchers.containsString("data-map=\"{&quot;nodes&quot;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))));
    }
}
