package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.baseline.Baseline;
import org.uptake.program.baseline.BaselineForm;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.baseline.TaskVariance;
import org.uptake.program.baseline.Variance;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** Baselines: a named snapshot of the plan, and the slip since — per task, per phase, for the plan — in working days. */
class BaselineTests extends ProgramTest {

    private BaselineService baselines() {
        return fixtures.bean(BaselineService.class);
    }

    private long count(long programId) {
        return jdbc.sql("select count(*) from program_baseline where program_id = ?").param(programId).query(Long.class).single();
    }

    @Test
    void showsTheSlipOfAMovedTaskAndOfEverythingThatMovedWithIt() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Baseline kickOff = baselines().save(w.coordinator(), p.id(), new BaselineForm("Kick-off", "Signed plan", null, 0));
        Task training = programFixtures.task(w.coordinator(), p, "training");
        Task pilot = programFixtures.task(w.coordinator(), p, "pilot");
        LocalDate later = ProgramFixtures.nextMonday(training.plannedStart().plusDays(1));
        fixtures.bean(TaskService.class).move(w.coordinator(), p.id(), training.id(), later, training.version());

        Variance v = baselines().variance(w.coordinator(), p.id(), kickOff.id(), null, false, 1000);

        assertThat(v.unit()).isEqualTo(Variance.WORKING_DAYS);
        TaskVariance movedTraining = v.tasks().stream().filter(t -> t.taskId() == training.id()).findFirst().orElseThrow();
        int slip = movedTraining.startSlip();
        assertThat(slip).isPositive();
        assertThat(movedTraining.finishSlip()).isEqualTo(slip);
        assertThat(v.tasks()).anySatisfy(t -> {
            assertThat(t.taskId()).isEqualTo(pilot.id());
            assertThat(t.finishSlip()).isEqualTo(slip);
        });
        assertThat(v.finishSlip()).isEqualTo(slip);
        assertThat(v.phases().getFirst().finishSlip()).isEqualTo(slip);
        assertThat(v.tasks()).noneMatch(t -> t.taskId() == programFixtures.task(w.coordinator(), p, "planning").id());
        assertThat(kickOff.taskCount()).isEqualTo(v.phases().stream().mapToInt(ph -> ph.tasks()).sum());
    }

    @Test
    void refusesADuplicateNameWhateverItsCaseAndStoresNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        baselines().save(w.coordinator(), p.id(), new BaselineForm("Gate 1", null, null, 0));

        assertThatThrownBy(() -> baselines().save(w.coordinator(), p.id(), new BaselineForm(" gate 1 ", null, null, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("baseline.error.nameTaken"));
        mvc.perform(post("/programs/" + p.id() + "/baselines").with(as(w.coordinator())).with(csrf()).param("name", "GATE 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("already has a baseline called")));
        assertThat(count(p.id())).isEqualTo(1);
    }

    @Test
    void aStaleRenameIsAConflictAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Baseline b = baselines().save(w.coordinator(), p.id(), new BaselineForm("Gate 1", null, null, 0));
        baselines().rename(w.coordinator(), p.id(), b.id(), new BaselineForm("Gate 1 (signed)", null, null, b.version()));

        mvc.perform(put("/api/v1/programs/" + p.id() + "/baselines/" + b.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Late\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(baselines().get(w.coordinator(), p.id(), b.id()).name()).isEqualTo("Gate 1 (signed)");
    }

    @Test
    void theBurnDownCountsRemainingTasksAgainstTheBaseline() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Baseline b = baselines().save(w.coordinator(), p.id(), new BaselineForm("Start", null, null, 0));

        var burn = baselines().burnDown(w.coordinator(), p.id(), null);

        assertThat(burn.baselineName()).isEqualTo("Start");
        assertThat(burn.plan().getFirst()).isEqualTo(b.taskCount());
        assertThat(burn.baseline().getFirst()).isEqualTo(b.taskCount());
        assertThat(burn.plan().getLast()).isZero();
        assertThat(burn.dates()).hasSizeLessThanOrEqualTo(262);
    }

    @Test
    void theTabAndTheApiShowTheVariance() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Baseline b = baselines().save(w.coordinator(), p.id(), new BaselineForm("Gate 1", null, null, 0));
        mvc.perform(get("/programs/" + p.id() + "/baselines").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The plan against “Gate 1”")))
                .andExpect(content().string(Matchers.containsString("working days")));
        mvc.perform(get("/api/v1/programs/" + p.id() + "/baselines/" + b.id() + "/variance").with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.finishSlip").value(0));
        mvc.perform(get("/programs/" + p.id() + "/baselines/burndown.json").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineName").value("Gate 1"));
    }

    @Test
    void refusesABlankNameOrAGateOfAnotherProgramAndStoresNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Program other = programFixtures.program(w, "P1");
        long otherPhase = programFixtures.task(w.coordinator(), other, "training").phaseId();
        String token = fixtures.token(w.coordinator());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/baselines").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"   \",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/programs/" + p.id() + "/baselines").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Gate\",\"phaseId\":" + otherPhase + ",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("baseline.error.phase"));
        mvc.perform(post("/programs/" + p.id() + "/baselines").with(as(w.coordinator())).with(csrf()).param("name", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("at most 200 characters")));
        assertThat(count(p.id())).isZero();
    }

    @Test
    void aStaleDeleteIsAConflictAndTheBaselineStays() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Baseline b = baselines().save(w.coordinator(), p.id(), new BaselineForm("Gate 1", null, null, 0));
        baselines().rename(w.coordinator(), p.id(), b.id(), new BaselineForm("Gate 1 (signed)", null, null, b.version()));

        mvc.perform(post("/programs/" + p.id() + "/baselines/" + b.id() + "/delete").with(as(w.coordinator())).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else changed")));
        assertThat(count(p.id())).isEqualTo(1);
    }

    @Test
    void aBaselineKeepsItsDatesWhenThePlanMoves() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        Baseline b = baselines().save(w.coordinator(), p.id(), new BaselineForm("Kick-off", null, null, 0));
        fixtures.bean(TaskService.class).move(w.coordinator(), p.id(), training.id(),
                ProgramFixtures.nextMonday(training.plannedStart().plusDays(1)), training.version());

        var dates = baselines().dates(w.coordinator(), p.id(), b.id()).get(training.id());

        assertThat(dates[0]).isEqualTo(training.plannedStart());
        assertThat(dates[1]).isEqualTo(training.plannedFinish());
    }
}
