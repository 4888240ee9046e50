package org.uptake.program;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.ProgramTest;

/** Members read the program; people outside it see only their own tasks; other organisations see nothing. */
class ProgramAccessTests extends ProgramTest {

    @Test
    void aTeamMemberReadsTheProgramButDoesNotEditIt() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Actor member = fixtures.user(w.admin(), w.station().id(), Role.EMPLOYEE);
        fixtures.bean(ProgramTeamService.class).addMember(w.coordinator(), p.id(), member.personId(), ProgramRole.MEMBER);
        String token = fixtures.token(member);

        mvc.perform(get("/api/v1/programs/" + p.id() + "/plan").with(bearer(token))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/programs/" + p.id() + "/advance").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isForbidden());
    }

    @Test
    void aUnitHeadOutsideTheTeamSeesAndUpdatesOnlyTheTaskAssignedToThem() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Actor head = fixtures.user(w.admin(), w.station().id(), Role.UNIT_HEAD);
        var form = new TaskForm();
        form.setTitle("Green light for station 1");
        form.setOwnerPersonId(head.personId());
        form.setPlannedStart(ProgramFixturesDates.START);
        long task = fixtures.bean(TaskService.class).create(w.coordinator(), p.id(), form).id();
        String token = fixtures.token(head);

        mvc.perform(get("/api/v1/programs/" + p.id()).with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tasks/mine").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].title").value("Green light for station 1"));
        mvc.perform(get("/programs/" + p.id() + "/tasks/" + task).with(as(head))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks/" + task + "/complete").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"criterionConfirmed\":true,\"note\":\"Given\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        long planning = programFixtures.task(w.coordinator(), p, "planning").id();
        mvc.perform(get("/programs/" + p.id() + "/tasks/" + planning).with(as(head))).andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + p.id() + "/tasks/" + planning + "/start").with(as(head)).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganisationDoesNotSeeTheProgramAtAll() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Actor stranger = fixtures.newOrganization();
        String token = fixtures.token(stranger);
        mvc.perform(get("/api/v1/programs/" + p.id()).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(get("/programs/" + p.id() + "/plan").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programs").with(bearer(token))).andExpect(jsonPath("$.items.length()").value(0));
    }

    /** The fixtures' start date, named for this test. */
    static final class ProgramFixturesDates {
        static final java.time.LocalDate START = org.uptake.support.ProgramFixtures.START;
    }
}
