package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.plan.Completion;
import org.uptake.program.plan.Dependency;
import org.uptake.program.plan.DependencyService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskService;
import org.uptake.program.plan.TaskStatus;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.support.ProgramTest;

/** Finish-to-start dependencies really block; playbook rules hold; every refusal leaves the plan as it was. */
class PlanRulesTests extends ProgramTest {

    private String planState(long programId) {
        return jdbc.sql("""
                select string_agg(id || ':' || status || ':' || planned_start || ':' || version, ',' order by id) ||
                       '|' || (select string_agg(predecessor_id || '>' || successor_id || ':' || coalesce(override_reason, ''), ',' order by id)
                               from program_task_dependency where program_id = ?)
                from program_task where program_id = ?""").params(programId, programId).query(String.class).single();
    }

    @Test
    void refusesADependencyThatClosesACircleAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        Task pilot = programFixtures.task(w.coordinator(), p, "pilot");
        String before = planState(p.id());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/dependencies").with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"predecessorId\":" + pilot.id() + ",\"successorId\":" + planning.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("dependency.error.cycle"));
        assertThat(planState(p.id())).isEqualTo(before);
    }

    @Test
    void refusesStartingATaskWhosePredecessorIsOpenUnlessAReasonIsGiven() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        String before = planState(p.id());
        TaskService tasks = fixtures.bean(TaskService.class);

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> tasks.start(w.coordinator(), p.id(), training.id(), training.version(), null));
        assertThat(refused.violations().getFirst().code()).isEqualTo("task.error.needsReason");
        assertThat(planState(p.id())).isEqualTo(before);

        Task started = tasks.start(w.coordinator(), p.id(), training.id(), training.version(), "Trainer is free now");
        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        Dependency overridden = fixtures.bean(DependencyService.class).predecessors(w.coordinator(), p.id(), training.id()).getFirst();
        assertThat(overridden.overrideReason()).isEqualTo("Trainer is free now");
        assertThat(overridden.overriddenByName()).isEqualTo(w.coordinator().displayName());
    }

    @Test
    void refusesCompletingABlockedTaskAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        String before = planState(p.id());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks/" + training.id() + "/complete")
                        .with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criterionConfirmed\":true,\"note\":\"Done\",\"version\":" + training.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("task.error.needsReason"));
        assertThat(planState(p.id())).isEqualTo(before);
    }

    @Test
    void refusesSkippingAHardOrderedStageEvenWithAReason() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P3");
        Task concept = programFixtures.task(w.coordinator(), p, "concept-processes");
        String before = planState(p.id());
        TaskService tasks = fixtures.bean(TaskService.class);

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> tasks.start(w.coordinator(), p.id(), concept.id(), concept.version(), "We are in a hurry"));
        assertThat(refused.violations()).extracting(v -> v.code())
                .contains("task.error.blockedHard", "task.error.phaseHardOrder");
        assertThat(planState(p.id())).isEqualTo(before);
    }

    @Test
    void neverRemovesOrOverridesAHardRuleOfThePlaybook() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P3");
        Task instructions = programFixtures.task(w.coordinator(), p, "instructions");
        DependencyService dependencies = fixtures.bean(DependencyService.class);
        Dependency rule = dependencies.predecessors(w.coordinator(), p.id(), instructions.id()).stream()
                .filter(d -> d.strength() == OrderStrength.HARD).findFirst().orElseThrow();
        assertThat(rule.reason()).contains("after the process regulations");
        String before = planState(p.id());

        var removal = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> dependencies.remove(w.coordinator(), p.id(), rule.id()));
        var override = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> dependencies.override(w.coordinator(), p.id(), rule.id(), "No time"));
        assertThat(removal.violations().getFirst().code()).isEqualTo("dependency.error.hard");
        assertThat(override.violations().getFirst().code()).isEqualTo("dependency.error.hard");
        assertThat(planState(p.id())).isEqualTo(before);
    }

    @Test
    void refusesOverridingADefaultOrderWithoutAReasonAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        Dependency order = fixtures.bean(DependencyService.class).predecessors(w.coordinator(), p.id(), training.id()).getFirst();
        String before = planState(p.id());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/dependencies/" + order.id() + "/override")
                        .with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("task.error.needsReason"));
        assertThat(planState(p.id())).isEqualTo(before);
    }

    @Test
    void aDoneTaskUnblocksItsSuccessorAndTheSuccessorMovesToTheDayAfter() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        TaskService tasks = fixtures.bean(TaskService.class);

        tasks.complete(w.coordinator(), p.id(), planning.id(), new Completion(true, "Plan agreed", null, null, null, planning.version()));
        Task training = programFixtures.task(w.coordinator(), p, "training");
        Task started = tasks.start(w.coordinator(), p.id(), training.id(), training.version(), null);

        assertThat(started.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(started.startOverrideReason()).isNull();
    }

    @Test
    void refusesMarkingDoneWithoutConfirmingTheCriterionOrWithoutEvidence() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        String before = planState(p.id());

        mvc.perform(post("/api/v1/programs/" + p.id() + "/tasks/" + planning.id() + "/complete")
                        .with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criterionConfirmed\":false,\"note\":\"\",\"link\":\"javascript:alert(1)\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "task.error.criterionNotConfirmed", "task.error.link")));
        assertThat(planState(p.id())).isEqualTo(before);
    }
}
