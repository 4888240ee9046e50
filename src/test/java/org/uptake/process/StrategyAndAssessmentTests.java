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
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

class StrategyAndAssessmentTests extends IntegrationTest {

    private Actor admin;
    private String token;

    @BeforeEach
    void organisation() {
        admin = fixtures.newOrganization();
        token = fixtures.token(admin);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    @Test
    void keepsEverySaveOfTheStrategyAsANewRevisionAndRefusesAStaleOne() throws Exception {
        String json = "{\"clients\":\"%s\",\"competitiveEdge\":\"Speed\",\"baseRevision\":%d}";
        mvc.perform(put("/api/v1/processes/strategy").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("Car owners", 0))).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
        mvc.perform(put("/api/v1/processes/strategy").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("Car owners and fleets", 1))).andExpect(jsonPath("$.revision").value(2));
        mvc.perform(put("/api/v1/processes/strategy").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted("Written from revision 1", 1))).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/processes/strategy").with(bearer(token))).andExpect(jsonPath("$.clients").value("Car owners and fleets"));
        mvc.perform(get("/api/v1/processes/strategy/revisions/1").with(bearer(token))).andExpect(jsonPath("$.clients").value("Car owners"));
        assertThat(count("strategy_revision")).isEqualTo(2);
    }

    @Test
    void refusesAnEmptyStrategyAndReadersWritingIt() throws Exception {
        mvc.perform(put("/api/v1/processes/strategy").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"baseRevision\":0}")).andExpect(status().isBadRequest());
        Actor viewer = fixtures.user(admin, null, Role.VIEWER);
        mvc.perform(put("/api/v1/processes/strategy").with(bearer(fixtures.token(viewer))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clients\":\"x\",\"baseRevision\":0}")).andExpect(status().isForbidden());
        assertThat(count("strategy_revision")).isZero();
    }

    @Test
    void recordsTheSixCriteriaSelfAssessmentRepeatedlyWithHistory() throws Exception {
        mvc.perform(post("/api/v1/processes/assessments").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[1,0,1,0,0,0],\"note\":\"Start\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.total").value(2));
        mvc.perform(post("/api/v1/processes/assessments").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\":[3,2,3,2,1,1],\"comments\":[\"Catalog done\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.total").value(12));
        mvc.perform(get("/api/v1/processes/assessments").with(bearer(token)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].total").value(12))
                .andExpect(jsonPath("$[0].scores[0].comment").value("Catalog done"));
    }

    @Test
    void refusesScoresOutsideZeroToFourOrNotSixOfThem() throws Exception {
        for (String scores : new String[]{"[5,0,0,0,0,0]", "[-1,0,0,0,0,0]", "[1,2,3]", "[0,0,0,0,0,0,0]", "null"}) {
            mvc.perform(post("/api/v1/processes/assessments").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"scores\":" + scores + "}")).andExpect(status().isBadRequest());
        }
        assertThat(count("process_assessment")).isZero();
    }
}
