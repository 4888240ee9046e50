package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import java.util.HashSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.uptake.program.baseline.BaselineForm;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.gantt.GanttData;
import org.uptake.program.gantt.GanttService;
import org.uptake.program.gantt.GanttTask;
import org.uptake.program.gantt.PlanRow;
import org.uptake.program.gantt.TaskFilter;
import org.uptake.program.gantt.TaskListService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskForm;
import org.uptake.program.plan.TaskService;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** The Gantt chart's data, the critical path on the real plan, moving a bar, and the plan's filters. */
class GanttTests extends ProgramTest {

    private GanttService gantt() {
        return fixtures.bean(GanttService.class);
    }

    @Test
    void marksTheCriticalPathOfTheScheduledPlan() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");

        GanttData data = gantt().data(w.coordinator(), p.id(), TaskFilter.NONE, null);

        assertThat(data.total()).isEqualTo(data.tasks().size());
        assertThat(data.critical()).isPositive();
        GanttTask first = data.tasks().stream().filter(t -> t.id() == planning.id()).findFirst().orElseThrow();
        assertThat(first.critical()).isTrue();
        assertThat(first.slack()).isZero();
        GanttTask last = data.tasks().stream().filter(t -> t.end().equals(data.finish())).findFirst().orElseThrow();
        assertThat(last.critical()).isTrue();
        assertThat(data.tasks()).allSatisfy(t -> assertThat(t.slack()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void showsTheCriticalPathAloneWhenAsked() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        GanttData whole = gantt().data(w.coordinator(), p.id(), TaskFilter.NONE, null);

        GanttData critical = gantt().data(w.coordinator(), p.id(), TaskFilter.NONE, null, true);

        assertThat(critical.tasks()).hasSize(whole.critical()).allSatisfy(t -> assertThat(t.critical()).isTrue());
        assertThat(critical.tasks().size()).isLessThan(whole.tasks().size());
        assertThat(critical.tasks()).anySatisfy(t -> assertThat(t.dependencies()).isNotEmpty());
        mvc.perform(get("/programs/" + p.id() + "/gantt").param("critical", "true").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("critical=true")));
        mvc.perform(get("/api/v1/programs/" + p.id() + "/gantt").param("critical", "true").with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(whole.critical()));
    }

    @Test
    void aFilteredChartKeepsOnlyTheLinksBetweenTheTasksItShows() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");

        GanttData data = gantt().data(w.coordinator(), p.id(), new TaskFilter(training.phaseId(), null, null, false), null);

        var shown = new HashSet<Long>();
        data.tasks().forEach(t -> shown.add(t.id()));
        assertThat(data.tasks()).allSatisfy(t -> assertThat(t.phaseId()).isEqualTo(training.phaseId()));
        assertThat(data.tasks()).allSatisfy(t -> assertThat(shown).containsAll(t.dependencies()));
        assertThat(data.total()).isGreaterThan(data.tasks().size());
    }

    @Test
    void carriesTheBaselineDatesForTheGhostBars() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var b = fixtures.bean(BaselineService.class).save(w.coordinator(), p.id(), new BaselineForm("Gate", null, null, 0));

        GanttData data = gantt().data(w.coordinator(), p.id(), TaskFilter.NONE, b.id());

        assertThat(data.baselineName()).isEqualTo("Gate");
        assertThat(data.tasks()).allSatisfy(t -> {
            assertThat(t.baselineStart()).isEqualTo(t.start());
            assertThat(t.baselineEnd()).isEqualTo(t.end());
        });
    }

    @Test
    void draggingABarMovesTheTaskAndItsSuccessorsShift() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        Task pilot = programFixtures.task(w.coordinator(), p, "pilot");
        LocalDate later = ProgramFixtures.nextMonday(training.plannedStart().plusDays(1));

        mvc.perform(post("/programs/" + p.id() + "/gantt/tasks/" + training.id() + "/move").with(as(w.coordinator())).with(csrf())
                        .param("start", later.toString()).param("version", String.valueOf(training.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start").value(later.toString()))
                .andExpect(jsonPath("$.shifted").value(Matchers.greaterThan(1)));

        assertThat(programFixtures.task(w.coordinator(), p, "pilot").plannedStart()).isAfter(pilot.plannedStart());
    }

    @Test
    void aRefusedDragExplainsWhyAndMovesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");

        mvc.perform(post("/programs/" + p.id() + "/gantt/tasks/" + training.id() + "/move").with(as(w.coordinator())).with(csrf())
                        .param("start", training.plannedStart().plusWeeks(1).toString()).param("version", "99"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("Someone else changed")));
        mvc.perform(post("/programs/" + p.id() + "/gantt/tasks/" + training.id() + "/move").with(as(w.coordinator())).with(csrf())
                        .param("start", ProgramFixtures.START.toString()).param("version", String.valueOf(training.version())))
                .andExpect(status().isBadRequest());
        assertThat(programFixtures.task(w.coordinator(), p, "training").plannedStart()).isEqualTo(training.plannedStart());
    }

    @Test
    void filtersThePlanByPhaseOwnerStatusAndOverdue() throws Exception {
        var w = programFixtures.world();
        var form = programFixtures.form(w, "P1");
        form.setStartDate(LocalDate.now().minusWeeks(10));
        Program p = fixtures.bean(ProgramSetupService.class).create(w.coordinator(), form).program();
        var late = new TaskForm();
        late.setTitle("Collect the pilot's feedback");
        late.setOwnerPersonId(w.it().id());
        late.setPlannedStart(LocalDate.now().minusDays(10));
        late.setDurationDays(2);
        late.setDueDate(LocalDate.now().minusDays(3));
        fixtures.bean(TaskService.class).create(w.coordinator(), p.id(), late);
        TaskListService list = fixtures.bean(TaskListService.class);
        LocalDate today = LocalDate.now();

        var overdue = list.list(w.coordinator(), p.id(), new TaskFilter(null, null, null, true), PageRequest.first(200));
        var byOwner = list.list(w.coordinator(), p.id(), new TaskFilter(null, w.it().id(), "OPEN", false), PageRequest.first(200));
        var done = list.list(w.coordinator(), p.id(), new TaskFilter(null, null, "DONE", false), PageRequest.first(200));
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        var phase = list.list(w.coordinator(), p.id(), new TaskFilter(planning.phaseId(), null, null, false), PageRequest.first(200));

        assertThat(overdue.items()).extracting(PlanRow::title).contains("Collect the pilot's feedback");
        assertThat(overdue.items()).allSatisfy(r -> assertThat(r.overdue(today)).isTrue());
        assertThat(byOwner.items()).isNotEmpty().extracting(PlanRow::ownerPersonId).containsOnly(w.it().id());
        assertThat(done.items()).isEmpty();
        assertThat(phase.items()).isNotEmpty().extracting(PlanRow::phaseId).containsOnly(planning.phaseId());
        mvc.perform(get("/api/v1/programs/" + p.id() + "/plan/tasks").param("overdue", "true").param("ownerPersonId",
                                String.valueOf(w.it().id())).with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title").value(Matchers.hasItem("Collect the pilot's feedback")));
        mvc.perform(get("/programs/" + p.id() + "/plan/filter").param("overdue", "true").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Collect the pilot")));
    }

    @Test
    void refusesAnUnknownStatusFilterNamingTheChoices() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");

        mvc.perform(get("/api/v1/programs/" + p.id() + "/plan/tasks").param("status", "FINISHED")
                        .with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].code").value("filter.error.status"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("NOT_STARTED")));
        mvc.perform(get("/api/v1/programs/" + p.id() + "/gantt").param("status", "bogus").with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/programs/" + p.id() + "/plan/filter").param("status", "FINISHED").with(as(w.coordinator())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Unknown status")));
        mvc.perform(get("/api/v1/programs/" + p.id() + "/plan/tasks").param("status", "done")
                        .with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk());
    }

    @Test
    void pagesThroughALongFilteredListWithoutRepeats() {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        TaskListService list = fixtures.bean(TaskListService.class);
        var seen = new HashSet<Long>();
        String after = null;
        int pages = 0;
        do {
            var page = list.list(w.coordinator(), p.id(), TaskFilter.NONE, new PageRequest(null, after, 3));
            page.items().forEach(r -> assertThat(seen.add(r.id())).isTrue());
            after = page.next();
            pages++;
        } while (after != null);
        assertThat(pages).isGreaterThan(2);
        assertThat(seen).hasSize(gantt().data(w.coordinator(), p.id(), TaskFilter.NONE, null).tasks().size());
    }

    @Test
    void theGanttTabLoadsTheVendoredChartWithoutInlineScript() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        mvc.perform(get("/programs/" + p.id() + "/gantt").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(content().string(Matchers.containsString("/vendor/frappe-gantt/frappe-gantt.umd.js")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
                .andExpect(content().string(Matchers.containsString("program-tab-gantt")));
        mvc.perform(get("/vendor/frappe-gantt/frappe-gantt.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/programs/" + p.id() + "/gantt.json").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].critical").value(true));
    }
}
