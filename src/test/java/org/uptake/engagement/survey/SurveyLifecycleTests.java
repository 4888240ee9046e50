package org.uptake.engagement.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.SurveyFixtures;

class SurveyLifecycleTests extends SurveyTest {

    @Test
    void createsAReadinessSurveyWithTheTemplatesQuestions() {
        var w = surveys.world(1);

        Survey s = surveys.surveys().create(w.coordinator(), w.programId(), SurveyFixtures.form(SurveyKind.READINESS, "Ready?", true));

        List<Question> questions = surveys.surveys().questions(w.coordinator(), s.id());
        assertThat(questions).extracting(Question::type)
                .containsExactly(QuestionType.SCALE, QuestionType.SCALE, QuestionType.SCALE, QuestionType.SINGLE, QuestionType.TEXT);
        assertThat(questions).filteredOn(Question::readiness).hasSize(3);
        assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(s.versionNumber()).isEqualTo(1);
    }

    @Test
    void opensForAWaveAndInvitesItsPeopleEachOnceWithTheirRole() {
        var w = surveys.world(2, 1);

        Survey s = surveys.opened(w, true);

        assertThat(s.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(s.invited()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from survey_participation where survey_id = ? and respondent_role = 'SUPERVISOR'")
                .param(s.id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(surveys.answers().mine(w.staff().get(1).get(0), true)).extracting(MySurvey::id).containsExactly(s.id());
    }

    @Test
    void refusesOpeningWithoutAnAudienceAndChangesNothing() {
        var w = surveys.world(1);
        Survey s = surveys.surveys().create(w.coordinator(), w.programId(), SurveyFixtures.form(SurveyKind.FEEDBACK, "How is it going?", true));

        assertThat(refusal(() -> surveys.surveys().open(w.coordinator(), s.id(), s.version()))).isEqualTo("survey.error.noAudience");

        assertThat(surveys.surveys().view(w.coordinator(), s.id()).survey().status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void refusesUnitsAndWavesOfAnotherOrganisation() {
        var w = surveys.world(1);
        var other = surveys.world(1);
        Survey s = surveys.surveys().create(w.coordinator(), w.programId(), SurveyFixtures.form(SurveyKind.READINESS, "Ready?", true));

        assertThat(refusal(() -> surveys.surveys().distribute(w.coordinator(), s.id(),
                new Audience(List.of(other.depot(0).id()), null, null, s.version())))).isEqualTo("survey.error.unknownUnit");
        assertThat(refusal(() -> surveys.surveys().distribute(w.coordinator(), s.id(),
                new Audience(null, null, List.of(other.wave().id()), s.version())))).isEqualTo("survey.error.unknownWave");

        assertThat(surveys.surveys().view(w.coordinator(), s.id()).audience()).isEmpty();
    }

    @Test
    void refusesChangingQuestionsOnceAnsweredAndOffersANewVersion() {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);
        surveys.answer(w.staff().get(0).get(0), s, 4);
        Survey current = surveys.surveys().view(w.coordinator(), s.id()).survey();
        SurveyForm form = SurveyForm.of(current, surveys.surveys().questions(w.coordinator(), s.id()));
        form.getQuestions().getFirst().setText("A different question?");

        assertThat(refusal(() -> surveys.surveys().update(w.coordinator(), s.id(), form))).isEqualTo("survey.error.questionsLocked");
        assertThat(surveys.surveys().questions(w.coordinator(), s.id()).getFirst().text()).isNotEqualTo("A different question?");

        Survey next = surveys.surveys().newVersion(w.coordinator(), s.id(), current.version());
        SurveyForm changed = SurveyForm.of(next, surveys.surveys().questions(w.coordinator(), next.id()));
        changed.getQuestions().getFirst().setText("A different question?");
        Survey edited = surveys.surveys().update(w.coordinator(), next.id(), changed);
        Survey opened = surveys.surveys().open(w.coordinator(), next.id(), edited.version());

        assertThat(opened.versionNumber()).isEqualTo(2);
        assertThat(opened.seriesId()).isEqualTo(s.id());
        assertThat(surveys.surveys().questions(w.coordinator(), next.id()).getFirst().text()).isEqualTo("A different question?");
        assertThat(surveys.surveys().view(w.coordinator(), s.id()).survey().status()).isEqualTo(SurveyStatus.CLOSED);
    }

    @Test
    void refusesStaleEditsWithAConflict() throws Exception {
        var w = surveys.world(1);
        Survey s = surveys.draft(w, true);
        SurveyForm form = SurveyForm.of(s, surveys.surveys().questions(w.coordinator(), s.id()));
        form.setVersion(s.version() - 1);

        assertThatThrownBy(() -> surveys.surveys().update(w.coordinator(), s.id(), form)).isInstanceOf(StaleVersionException.class);
        mvc.perform(put("/api/v1/surveys/" + s.id()).with(bearer(fixtures.token(w.coordinator(), "read", "write"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Renamed\",\"anonymous\":true,\"version\":" + (s.version() - 1)
                                + ",\"questions\":[{\"type\":\"SCALE\",\"text\":\"Ready?\"}]}"))
                .andExpect(status().isConflict());

        assertThat(surveys.surveys().view(w.coordinator(), s.id()).survey().title()).isEqualTo("Ready for go-live?");
    }

    @Test
    void answersOutOfRangeGetAProblemWithTheField() throws Exception {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);
        var employee = w.staff().get(0).get(0);
        long q = surveys.surveys().questions(employee, s.id()).getFirst().id();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/surveys/" + s.id() + "/answers")
                        .with(bearer(fixtures.token(employee, "read", "write"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[{\"questionId\":" + q + ",\"scale\":9}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("q" + q)));

        assertThat(responses(s.id())).isZero();
    }

    @Test
    void onlyTheProgramsEditorsChangeSurveysAndOnlyDraftsAreDeleted() {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);

        assertThatThrownBy(() -> surveys.surveys().close(w.head(0), s.id(), s.version())).isInstanceOf(ForbiddenException.class);
        assertThat(refusal(() -> surveys.surveys().delete(w.coordinator(), s.id(), s.version()))).isEqualTo("survey.error.deleteOpened");

        Survey draft = surveys.draft(w, false);
        surveys.surveys().delete(w.coordinator(), draft.id(), draft.version());
        assertThat(jdbc.sql("select count(*) from survey where id = ?").param(draft.id()).query(Integer.class).single()).isZero();
    }
}
