package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.uptake.report.closure.EvaluationForm;
import org.uptake.report.closure.EvaluationService;
import org.uptake.report.closure.GoalResultForm;
import org.uptake.report.closure.GoalVerdict;
import org.uptake.report.closure.InterviewForm;
import org.uptake.report.lessons.LessonForm;
import org.uptake.report.lessons.LessonKind;
import org.uptake.report.lessons.LessonService;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.ClosureFixtures;
import org.uptake.support.IntegrationTest;

/** The effectiveness evaluation: goals × results, KPIs before and after, texts, interviews and lessons. */
class EvaluationTests extends IntegrationTest {

    @Autowired
    EvaluationService evaluations;
    @Autowired
    LessonService lessons;

    ClosureFixtures closure;

    @BeforeEach
    void fixtures() {
        closure = new ClosureFixtures(fixtures);
    }

    @Test
    void recordsGoalResultsTextsAndInterviewsAgainstTheOriginalObjective() {
        var w = closure.world();

        closure.completeEvaluation(w);

        var view = evaluations.view(w.coordinator(), w.id());
        assertThat(view.program().originalObjective()).isEqualTo("All stations work in the new system");
        assertThat(view.goals()).singleElement().satisfies(g -> {
            assertThat(g.verdict()).isEqualTo(GoalVerdict.ACHIEVED);
            assertThat(g.evidence()).contains("12 stations");
        });
        assertThat(view.evaluation().wentWell()).contains("Pilot first");
        assertThat(view.interviews()).singleElement().satisfies(i -> assertThat(i.role()).isEqualTo("Sponsor"));
        assertThat(view.goalsAssessed()).isTrue();
    }

    @Test
    void refusesAnInterviewDatedInTheFutureOrWithoutNotesAndKeepsNothing() {
        var w = closure.world();
        InterviewForm bad = ClosureFixtures.interview(w.sponsor().personId());
        bad.setInterviewedOn(LocalDate.now().plusDays(2));
        bad.setNotes(" ");

        assertThatThrownBy(() -> evaluations.addInterview(w.coordinator(), w.id(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("interviewedOn", "notes"));
        assertThat(evaluations.view(w.coordinator(), w.id()).interviews()).isEmpty();
    }

    @Test
    void refusesAGoalResultWithoutVerdictOrEvidence() {
        var w = closure.world();

        assertThatThrownBy(() -> evaluations.assess(w.coordinator(), w.id(), w.goal().id(), new GoalResultForm()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(evaluations.view(w.coordinator(), w.id()).goals().getFirst().assessed()).isFalse();
    }

    @Test
    void refusesAStaleEditOfTheTexts() {
        var w = closure.world();
        var first = new EvaluationForm();
        first.setWentWell("First");
        evaluations.update(w.coordinator(), w.id(), first);
        var stale = new EvaluationForm();
        stale.setWentWell("Second");
        stale.setVersion(0);

        assertThatThrownBy(() -> evaluations.update(w.coordinator(), w.id(), stale)).isInstanceOf(StaleVersionException.class);
        assertThat(evaluations.view(w.coordinator(), w.id()).evaluation().wentWell()).isEqualTo("First");
    }

    @Test
    void membersReadButOnlyEditorsWrite() {
        var w = closure.world();
        var text = new EvaluationForm();
        text.setWentWell("Line owner's view");

        assertThat(evaluations.view(w.lineOwner(), w.id()).edits()).isFalse();
        assertThatThrownBy(() -> evaluations.update(w.lineOwner(), w.id(), text)).isInstanceOf(ForbiddenException.class);
        var outsider = fixtures.user(w.org().admin(), w.org().root().id(), Role.EMPLOYEE);
        assertThatThrownBy(() -> evaluations.view(outsider, w.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherOrganisationsProgramIsNotFoundThroughTheApi() throws Exception {
        var w = closure.world();
        var stranger = fixtures.newOrganization();

        mvc.perform(get("/api/v1/programs/" + w.id() + "/evaluation").with(bearer(fixtures.token(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/programs/" + w.id() + "/evaluation").with(bearer(fixtures.token(stranger)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"wentWell\":\"x\",\"version\":0}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiAnswersAStaleVersionWith409AndBadInputWith400() throws Exception {
        var w = closure.world();
        String token = fixtures.token(w.coordinator(), "read", "write");
        mvc.perform(put("/api/v1/programs/" + w.id() + "/evaluation").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"wentWell\":\"A\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        mvc.perform(put("/api/v1/programs/" + w.id() + "/evaluation").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"wentWell\":\"B\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/programs/" + w.id() + "/evaluation/goals/" + w.goal().id()).with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"MAYBE\",\"evidence\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programs/" + w.id() + "/evaluation").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.evaluation.wentWell").value("A"))
                .andExpect(jsonPath("$.goals[0].verdict").doesNotExist());
    }

    @Test
    void lessonsAreOfferedToTheNextProgramFromTheSamePlaybookOnly() {
        var earlier = closure.world("P1");
        lessons.add(earlier.coordinator(), earlier.id(), LessonForm.of(LessonKind.IMPROVE, "Train trainers first",
                "Start the train-the-trainer course two weeks before the pilot"));
        long p1 = earlier.program().playbookId();
        long p2 = closure.world("P2").program().playbookId();

        assertThat(lessons.offeredFor(earlier.coordinator(), p1, null, 10)).extracting(l -> l.title())
                .containsExactly("Train trainers first");
        assertThat(lessons.offeredFor(earlier.coordinator(), p1, earlier.id(), 10)).isEmpty();
        assertThat(lessons.offeredFor(earlier.coordinator(), p2, null, 10)).isEmpty();
        assertThat(lessons.register(earlier.coordinator(), null, org.uptake.shared.paging.PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void refusesALessonWithoutKindOrAdvice() {
        var w = closure.world();

        assertThatThrownBy(() -> lessons.add(w.coordinator(), w.id(), LessonForm.of(null, "Title", " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(lessons.ofProgram(w.coordinator(), w.id())).isEmpty();
    }
}
