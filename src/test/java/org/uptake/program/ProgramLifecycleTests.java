package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.support.ProgramTest;

/** The lifecycle moves forward; the original objective is frozen when preparation ends and later changes keep it. */
class ProgramLifecycleTests extends ProgramTest {

    private String row(long id) {
        return jdbc.sql("select status || '|' || coalesce(original_objective, '') || '|' || coalesce(objective, '') || '|' || version "
                + "from program where id = ?").param(id).query(String.class).single();
    }

    @Test
    void leavingPreparationFreezesTheOriginalObjectiveAndARevisionKeepsIt() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        String token = fixtures.token(w.coordinator());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/advance").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ROLLOUT"))
                .andExpect(jsonPath("$.objectiveFrozenAt").isNotEmpty());
        mvc.perform(post("/api/v1/programs/" + p.id() + "/objective").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"objective\":\"Half of the stations by June\",\"reason\":\"Budget cut\",\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objective").value("Half of the stations by June"))
                .andExpect(jsonPath("$.originalObjective").value("All stations work in the new system"));
        assertThat(fixtures.bean(ProgramService.class).revisions(w.coordinator(), p.id()))
                .extracting(ObjectiveRevision::reason).containsExactly("Budget cut");
    }

    @Test
    void refusesChangingAFrozenObjectiveByAnEditOrWithoutAReasonAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        String token = fixtures.token(w.coordinator());
        fixtures.bean(ProgramService.class).advance(w.coordinator(), p.id(), 0);
        String before = row(p.id());

        mvc.perform(put("/api/v1/programs/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"subject\":\"CRM\",\"startDate\":\"2030-03-04\",\"objective\":\"Other\",\"escalateAfterDays\":3,\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("program.error.objectiveFrozen"));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/objective").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"objective\":\"Other\",\"reason\":\"\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("program.error.reasonRequired"));
        assertThat(row(p.id())).isEqualTo(before);
    }

    @Test
    void answersAStaleStatusChangeWithConflict() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        fixtures.bean(ProgramService.class).advance(w.coordinator(), p.id(), 0);
        String before = row(p.id());
        mvc.perform(post("/api/v1/programs/" + p.id() + "/advance").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(row(p.id())).isEqualTo(before);
    }

    @Test
    void aProgramKeepsAtLeastOneCoordinator() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var team = fixtures.bean(ProgramTeamService.class);
        long coordinatorSeat = team.members(w.coordinator(), p.id()).stream().filter(m -> m.role() == ProgramRole.COORDINATOR)
                .findFirst().orElseThrow().id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/programs/" + p.id() + "/members/" + coordinatorSeat).with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("program.error.lastCoordinator"));
        assertThat(team.members(w.coordinator(), p.id())).extracting(ProgramMember::role).contains(ProgramRole.COORDINATOR);
    }
}
