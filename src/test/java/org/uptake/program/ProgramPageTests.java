package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.uptake.program.plan.Task;
import org.uptake.support.ProgramTest;

/** Every page of the module renders for the people who use it, and the plan edits in place. */
class ProgramPageTests extends ProgramTest {

    @Test
    void showsEveryPageOfAProgramToItsCoordinator() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        long phase = planning.phaseId();
        for (String url : new String[]{"/", "/programs", "/programs/" + p.id(), "/programs/" + p.id() + "/edit",
            "/programs/" + p.id() + "/plan", "/programs/" + p.id() + "/plan/phases/" + phase, "/programs/" + p.id() + "/plan/phases/" + phase + "/body",
            "/programs/" + p.id() + "/tasks/" + planning.id(), "/programs/" + p.id() + "/tasks/" + planning.id() + "/row",
            "/programs/" + p.id() + "/tasks/" + planning.id() + "/row/edit", "/programs/" + p.id() + "/plan/picker?q=plan",
            "/programs/new", "/programs/new?playbookId=" + p.playbookId(), "/tasks/mine", "/tasks/overdue",
            "/playbooks", "/playbooks/" + p.playbookId(), "/calendar"}) {
            mvc.perform(get(url).with(as(w.coordinator()))).andExpect(status().isOk());
        }
    }

    @Test
    void theProgramPageShowsGoalsTeamAndTheCriticalSuccessFactors() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        mvc.perform(get("/programs/" + p.id()).with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Critical success factors")))
                .andExpect(content().string(Matchers.containsString("000:34")))
                .andExpect(content().string(Matchers.containsString("Sponsor Person")))
                .andExpect(content().string(Matchers.containsString("program-tab-plan")));
    }

    @Test
    void anInlineEditMovesTheTaskAndTellsThePageThatThePlanChanged() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task planning = programFixtures.task(w.coordinator(), p, "planning");
        mvc.perform(post("/programs/" + p.id() + "/tasks/" + planning.id() + "/row").with(as(w.coordinator())).with(csrf())
                        .header("HX-Request", "true")
                        .param("title", planning.title()).param("plannedStart", "2030-03-11").param("durationDays", "10")
                        .param("version", String.valueOf(planning.version())))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "planChanged"))
                .andExpect(content().string(Matchers.containsString("2030-03-11")));
        assertThat(programFixtures.task(w.coordinator(), p, "training").plannedStart()).isEqualTo("2030-03-25");
    }

    @Test
    void aRefusedInlineEditShowsTheReasonInTheRowAndChangesNothing() throws Exception {
        var w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Task training = programFixtures.task(w.coordinator(), p, "training");
        mvc.perform(post("/programs/" + p.id() + "/tasks/" + training.id() + "/row").with(as(w.coordinator())).with(csrf())
                        .param("title", training.title()).param("plannedStart", "2030-03-05").param("durationDays", "15")
                        .param("version", String.valueOf(training.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("cannot start before its predecessors")));
        assertThat(programFixtures.task(w.coordinator(), p, "training").plannedStart()).isEqualTo(training.plannedStart());
    }

    @Test
    void theWizardPreviewsThePlanWithoutCreatingTheProgram() throws Exception {
        var w = programFixtures.world();
        long before = jdbc.sql("select count(*) from program where organization_id = ?").param(w.admin().organizationId())
                .query(Long.class).single();
        mvc.perform(post("/programs/new/preview").with(as(w.coordinator())).with(csrf())
                        .param("playbookId", String.valueOf(programFixtures.builtIn(w.admin(), "P1").id()))
                        .param("name", "Preview").param("startDate", "2030-03-04").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1.1 Planning")))
                .andExpect(content().string(Matchers.containsString("2030-03-15")));
        assertThat(jdbc.sql("select count(*) from program where organization_id = ?").param(w.admin().organizationId())
                .query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theWizardCreatesTheProgramAndOpensItsPlan() throws Exception {
        var w = programFixtures.world();
        String location = mvc.perform(post("/programs").with(as(w.coordinator())).with(csrf())
                        .param("playbookId", String.valueOf(programFixtures.builtIn(w.admin(), "P1").id()))
                        .param("name", "From the wizard").param("startDate", "2030-03-04").param("language", "ru")
                        .param("unitIds", String.valueOf(w.root().id())).param("goals[0].statement", "One system"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/programs/\\d+/plan");
        mvc.perform(get(location).with(as(w.coordinator())))
                .andExpect(content().string(Matchers.containsString("1.1 Планирование")));
    }
}
