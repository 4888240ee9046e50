package org.uptake.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.governance.act.ActRegisterService;
import org.uptake.governance.group.TieRule;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.GovernanceFixtures;
import org.uptake.support.GovernanceFixtures.Committee;
import org.uptake.support.IntegrationTest;
import org.uptake.support.ProgramFixtures;

class WorkingGroupTests extends IntegrationTest {

    private GovernanceFixtures governance() {
        return new GovernanceFixtures(fixtures);
    }

    private RequestPostProcessor api(Actor actor) {
        return Fixtures.bearer(fixtures.token(actor, "read", "write"));
    }

    private long groupCount(Actor admin) {
        return jdbc.sql("select count(*) from working_group where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":\"WORKING_GROUP\",\"name\":\"\",\"quorumPercent\":50,\"tieRule\":\"REJECTED\"}",
            "{\"kind\":\"WORKING_GROUP\",\"name\":\"G\",\"quorumPercent\":0,\"tieRule\":\"REJECTED\"}",
            "{\"kind\":\"WORKING_GROUP\",\"name\":\"G\",\"quorumPercent\":101,\"tieRule\":\"REJECTED\"}",
            "{\"kind\":\"PARLIAMENT\",\"name\":\"G\",\"quorumPercent\":50,\"tieRule\":\"REJECTED\"}",
            "{\"kind\":\"WORKING_GROUP\",\"name\":\"G\",\"quorumPercent\":50,\"tieRule\":\"REJECTED\",\"programId\":999999999}"})
    void refusesABadGroupAndFormsNothing(String json) throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/api/v1/working-groups").with(api(admin)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest());
        assertThat(groupCount(admin)).isZero();
    }

    @Test
    void aGroupHasOneChairAndOneSecretaryAndEachPersonOnce() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        int version = governance().groups().get(c.admin(), c.group().id()).version();
        String url = "/api/v1/working-groups/" + c.group().id() + "/members?version=" + version;
        mvc.perform(post(url).with(api(c.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + c.outsider().personId() + ",\"role\":\"CHAIR\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.roleTaken"));
        mvc.perform(post(url).with(api(c.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + c.member().personId() + ",\"role\":\"MEMBER\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.alreadyMember"));
        Actor stranger = fixtures.newOrganization();
        mvc.perform(post(url).with(api(c.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + stranger.personId() + ",\"role\":\"MEMBER\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.person"));
        assertThat(governance().groups().members(c.admin(), c.group().id())).hasSize(4);
    }

    @Test
    void aStaleGroupEditIsAConflictAndEmployeesCannotFormGroups() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        String json = "{\"kind\":\"COMMISSION\",\"name\":\"Renamed\",\"quorumPercent\":60,\"tieRule\":\"REJECTED\",\"version\":0}";
        mvc.perform(put("/api/v1/working-groups/" + c.group().id()).with(api(c.admin())).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/working-groups").with(api(c.member())).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isForbidden());
        assertThat(governance().groups().get(c.admin(), c.group().id()).name()).isEqualTo(c.group().name());
    }

    @Test
    void onlyTheSecretaryOrChairPutsQuestionsAndAClosedMeetingRefusesVotes() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        var m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        mvc.perform(post("/api/v1/meetings/" + m.id() + "/decisions").with(api(c.member())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"Mine\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings/" + m.id() + "/close?version=" + m.version()).with(api(c.secretary())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/" + m.id() + "/decisions").with(api(c.secretary())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"Late\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.meetingClosed"));
        assertThat(jdbc.sql("select count(*) from meeting_decision where meeting_id = ?").param(m.id()).query(Long.class).single()).isZero();
    }

    @Test
    void theActRegistersRefuseABadLinkAndReadersCannotWriteThem() throws Exception {
        var world = new ProgramFixtures(fixtures).world();
        Actor admin = world.admin();
        long program = new ProgramFixtures(fixtures).program(world, "P1").id();
        String base = "/api/v1/programs/" + program;
        mvc.perform(post(base + "/legal-acts").with(api(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Labour Code\",\"referenceUrl\":\"javascript:alert(1)\"}")).andExpect(status().isBadRequest());
        mvc.perform(post(base + "/legal-acts").with(api(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Labour Code\",\"referenceUrl\":\"https://example.org/code\"}"))
                .andExpect(status().isCreated());
        Actor viewer = fixtures.user(admin, null, Role.VIEWER);
        mvc.perform(post(base + "/local-act-changes").with(api(viewer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Remuneration\",\"changeNeeded\":\"Refer to the standard\"}")).andExpect(status().isForbidden());
        mvc.perform(get(base + "/legal-acts").with(api(viewer))).andExpect(jsonPath("$.length()").value(1));
        assertThat(fixtures.bean(ActRegisterService.class).localChanges(admin, program)).isEmpty();
    }
}
