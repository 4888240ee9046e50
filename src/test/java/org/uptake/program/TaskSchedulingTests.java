package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.support.ProgramTest;

/** Moving and re-sizing tasks reschedules what follows; impossible dates are refused and change nothing. */
class TaskSchedulingTests extends ProgramTest {

    private String dates(long programId) {
        return jdbc.sql("select string_agg(id || ':' || planned_start || '-' || planned_finish || ':' || version, ',' order by id) "
                + "from program_task where program_id = ?").param(programId).query(String.class).single();
    }

    @Test
    void movingATaskShiftsItsSuccessorsInWorkingDays() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");

        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks/" + planning.id() + "/move").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedStart\":\"2030-03-09\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.plannedStart").value("2030-03-11"))
                .andExpect(jsonPath("$.shifted.length()").value(12));

        assertThat(programFixtures.task(w.coordinator(), p, "planning").plannedFinish()).isEqualTo(LocalDate.of(2030, 3, 22));
        assertThat(programFixtures.task(w.coordinator(), p, "training").plannedStart()).isEqualTo(LocalDate.of(2030, 3, 25));
    }

    @Test
    void lengtheningATaskPushesItsSuccessorsAndShorteningPullsThemBack() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        TaskService tasks = fixtures.bean(TaskService.class);
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        var form = org.uptake.program.plan.TaskForm.of(planning);
        form.setDurationDays(15);

        tasks.update(w.coordinator(), p.id(), planning.id(), form);
        assertThat(programFixtures.task(w.coordinator(), p, "training").plannedStart()).isEqualTo(LocalDate.of(2030, 3, 25));
        Task longer = programFixtures.task(w.coordinator(), p, "planning");
        form = org.uptake.program.plan.TaskForm.of(longer);
        form.setDurationDays(5);
        tasks.update(w.coordinator(), p.id(), planning.id(), form);
        assertThat(programFixtures.task(w.coordinator(), p, "training").plannedStart()).isEqualTo(LocalDate.of(2030, 3, 11));
    }

    @Test
    void refusesMovingATaskBeforeItsPredecessorsFinishAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        String before = dates(p.id());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks/" + training.id() + "/move").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedStart\":\"2030-03-12\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("task.error.beforePredecessors"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2030-03-18")));
        assertThat(dates(p.id())).isEqualTo(before);
    }

    @Test
    void refusesATaskThatEndsBeforeItStartsOrStartsBeforeTheProgramAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        String token = fixtures.token(w.coordinator());
        String before = dates(p.id());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Backwards\",\"plannedStart\":\"2030-04-10\",\"plannedFinish\":\"2030-04-01\","
                                + "\"dueDate\":\"2030-04-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "task.error.finishBeforeStart", "task.error.dueBeforeStart")));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Too early\",\"plannedStart\":\"2030-02-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("task.error.beforeProgramStart"));
        assertThat(dates(p.id())).isEqualTo(before);
    }

    @Test
    void answersAStaleEditWithConflictAndKeepsTheNewerChange() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        String token = fixtures.token(w.coordinator());
        mvc.perform(put("/api/v1/programs/" + p.id() + "/tasks/" + planning.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Planning, first edit\",\"durationDays\":10,\"version\":0}"))
                .andExpect(status().isOk());
        String before = dates(p.id());

        mvc.perform(put("/api/v1/programs/" + p.id() + "/tasks/" + planning.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Planning, stale edit\",\"durationDays\":3,\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.stale"));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks/" + planning.id() + "/move").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedStart\":\"2030-03-11\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(programFixtures.task(w.coordinator(), p, "planning").title()).isEqualTo("Planning, first edit");
        assertThat(dates(p.id())).isEqualTo(before);
    }

    @Test
    void movingTheProgramStartMovesThePlan() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        mvc.perform(put("/api/v1/programs/" + p.id()).with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"subject\":\"SOFTWARE_SYSTEM\",\"startDate\":\"2030-04-01\",\"escalateAfterDays\":3,\"version\":0}"
                                .formatted(p.name())))
                .andExpect(status().isOk());
        assertThat(programFixtures.task(w.coordinator(), p, "planning").plannedStart()).isEqualTo(LocalDate.of(2030, 4, 1));
    }
}
