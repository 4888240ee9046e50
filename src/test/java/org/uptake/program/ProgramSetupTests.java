package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.plan.Task;
import org.uptake.support.ProgramTest;
import org.uptake.support.ProgramFixtures;

class ProgramSetupTests extends ProgramTest {

    @Test
    void createsAProgramFromP1WithItsPlanScheduledInWorkingDays() {
        var w = programFixtures.world();
        Program program = programFixtures.program(w, "P1");

        Task planning = programFixtures.task(w.coordinator(), program, "planning");
        Task training = programFixtures.task(w.coordinator(), program, "training");
        assertThat(planning.plannedStart()).isEqualTo(ProgramFixtures.START);
        // 10 working days from Monday 4 March 2030: Friday 15 March.
        assertThat(planning.plannedFinish()).isEqualTo(LocalDate.of(2030, 3, 15));
        assertThat(training.plannedStart()).isEqualTo(LocalDate.of(2030, 3, 18));
        assertThat(planning.ownerPersonId()).isEqualTo(w.coordinator().personId());
        assertThat(training.ownerPersonId()).isEqualTo(w.trainer().id());
        assertThat(program.playbookVersionNumber()).isEqualTo(1);
        long tasks = jdbc.sql("select count(*) from program_task where program_id = ?").param(program.id()).query(Long.class).single();
        assertThat(tasks).isEqualTo(12);
    }

    @Test
    void resolvesAPositionPlaceholderToItsOnlyHolderInScopeAndFlagsRolesNobodyHolds() {
        var w = programFixtures.world();
        Program program = programFixtures.program(w, "P1");

        assertThat(programFixtures.task(w.coordinator(), program, "infrastructure").ownerPersonId()).isEqualTo(w.it().id());
        Task development = programFixtures.task(w.coordinator(), program, "development");
        assertThat(development.ownerPersonId()).isNull();
        assertThat(development.ownerUnresolved()).isTrue();
        assertThat(development.ownerPlaceholder()).isEqualTo("line_owner");
    }

    @Test
    void letsTheCoordinatorChooseWhenSeveralPeopleHoldThePosition() {
        var w = programFixtures.world();
        var second = fixtures.person(w.admin(), "Second IT", w.station().id(),
                programFixtures.positionWithCode(w.admin(), "IT").id());
        Program program = programFixtures.program(w, "P1");

        Task infrastructure = programFixtures.task(w.coordinator(), program, "infrastructure");
        assertThat(infrastructure.ownerPersonId()).isNull();
        assertThat(infrastructure.ownerCandidates()).containsExactlyInAnyOrder(w.it().id(), second.id());
    }

    @Test
    void skipsWeekendsAndHolidaysOfTheOrganisation() throws Exception {
        var w = programFixtures.world();
        String token = fixtures.token(w.admin());
        mvc.perform(post("/api/v1/calendar/holidays").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"2030-03-08\",\"name\":\"Women's day\"}")).andExpect(status().isCreated());
        Program program = programFixtures.program(w, "P1");

        // 10 working days from 4 March without Friday 8 March: Monday 18 March.
        assertThat(programFixtures.task(w.coordinator(), program, "planning").plannedFinish()).isEqualTo(LocalDate.of(2030, 3, 18));
    }

    @Test
    void createsAProgramThroughTheApiAndRecordsThePlaybookVersion() throws Exception {
        var w = programFixtures.world();
        long playbook = programFixtures.builtIn(w.admin(), "P3").id();
        mvc.perform(post("/api/v1/programs").with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"playbookId": %d, "name": "Processes", "startDate": "2030-03-04", "unitIds": [%d],
                                 "goals": [{"statement": "Every process has an owner"}]}""".formatted(playbook, w.root().id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.program.subject").value("PROCESS_APPROACH"))
                .andExpect(jsonPath("$.program.playbookVersionNumber").value(1))
                .andExpect(jsonPath("$.plan.phases").value(8));
    }

    @Test
    void refusesAProgramWithUnknownUnitsAndCreatesNothing() throws Exception {
        var w = programFixtures.world();
        long before = jdbc.sql("select count(*) from program where organization_id = ?").param(w.admin().organizationId())
                .query(Long.class).single();
        var form = programFixtures.form(w, "P1");
        form.setUnitIds(List.of(w.root().id(), 999_999_999L));
        mvc.perform(post("/api/v1/programs").with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"playbookId": %d, "name": "X", "startDate": "2030-03-04", "unitIds": [999999999]}"""
                                .formatted(form.getPlaybookId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("program.error.unitUnknown"));
        assertThat(jdbc.sql("select count(*) from program where organization_id = ?").param(w.admin().organizationId())
                .query(Long.class).single()).isEqualTo(before);
    }
}
