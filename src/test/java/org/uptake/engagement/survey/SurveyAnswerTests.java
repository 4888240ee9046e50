package org.uptake.engagement.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.support.SurveyFixtures;

class SurveyAnswerTests extends SurveyTest {

    @Test
    void storesOneResponseWithAnAnswerPerQuestionAndCountsIt() {
        var w = surveys.world(2);
        Survey s = surveys.opened(w, true);

        surveys.answer(w.staff().get(0).get(0), s, 4);

        assertThat(responses(s.id())).isEqualTo(1);
        assertThat(answers(s.id())).isEqualTo(5);
        assertThat(surveys.surveys().view(w.coordinator(), s.id()).survey().answered()).isEqualTo(1);
        assertThat(surveys.answers().mine(w.staff().get(0).get(0), false)).singleElement()
                .satisfies(m -> assertThat(m.answered()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void refusesScaleAnswersOutOfRangeAndStoresNothing(int value) {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);
        Actor employee = w.staff().get(0).get(0);
        var answers = SurveyFixtures.answers(surveys.surveys().questions(employee, s.id()), value);

        assertThat(refusal(() -> surveys.answers().answer(employee, s.id(), answers))).isEqualTo("survey.error.scaleRange");

        assertThat(responses(s.id())).isZero();
        assertThat(surveys.answers().mine(employee, true)).hasSize(1);
    }

    @Test
    void refusesChoicesOutsideTheOptionsAndMissingRequiredAnswers() {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);
        Actor employee = w.staff().get(0).get(0);
        List<Question> questions = surveys.surveys().questions(employee, s.id());
        Question choice = SurveyFixtures.first(questions, QuestionType.SINGLE);
        List<AnswerForm.Item> items = new ArrayList<>(SurveyFixtures.answers(questions, 3).answers());
        items.removeIf(i -> i.questionId() == choice.id());
        items.add(new AnswerForm.Item(choice.id(), null, List.of(7), null));

        assertThat(refusal(() -> surveys.answers().answer(employee, s.id(), new AnswerForm(items)))).isEqualTo("survey.error.choiceRange");
        assertThat(refusal(() -> surveys.answers().answer(employee, s.id(), new AnswerForm(List.of()))))
                .isEqualTo("survey.error.required");
        assertThat(responses(s.id())).isZero();
    }

    @Test
    void refusesAnswersAfterTheSurveyClosed() {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);
        surveys.surveys().close(w.coordinator(), s.id(), s.version());

        assertThat(refusal(() -> surveys.answer(w.staff().get(0).get(0), s, 3))).isEqualTo("survey.error.closed");

        assertThat(responses(s.id())).isZero();
    }

    @Test
    void refusesASecondAnswerFromTheSamePerson() {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, false);
        Actor employee = w.staff().get(0).get(0);
        surveys.answer(employee, s, 5);

        assertThat(refusal(() -> surveys.answer(employee, s, 1))).isEqualTo("survey.error.alreadyAnswered");

        assertThat(responses(s.id())).isEqualTo(1);
        assertThat(surveys.answers().myAnswers(employee, s.id()).answers()).first()
                .satisfies(a -> assertThat(a.value()).isEqualTo("5"));
    }

    @Test
    void refusesPeopleNotInvitedAndPeopleOfAnotherOrganisation() {
        var w = surveys.world(1);
        Survey s = surveys.opened(w, true);
        Actor outsider = fixtures.user(w.admin(), w.rollout().world().root().id(), org.uptake.shared.Role.EMPLOYEE);
        var other = surveys.world(1);
        Actor foreigner = other.staff().get(0).get(0);
        var answers = SurveyFixtures.answers(surveys.surveys().questions(w.coordinator(), s.id()), 3);

        assertThatThrownBy(() -> surveys.answers().answer(outsider, s.id(), answers)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> surveys.answers().answer(foreigner, s.id(), answers)).isInstanceOf(NotFoundException.class);

        assertThat(responses(s.id())).isZero();
    }

    @Test
    void recordsHeadsAsSupervisorsAndKeepsTheirFeedbackApart() {
        var w = surveys.world(5);
        Survey s = surveys.opened(w, false);
        surveys.answerAll(w.staff().get(0), s, 5);
        surveys.answer(w.head(0), s, 1);

        SurveyResults results = fixtures.bean(SurveyResultService.class).results(w.coordinator(), s.id());

        UnitResult depot = results.units().getFirst();
        assertThat(depot.supervisorScore()).isEqualByComparingTo("0");
        assertThat(depot.employeeScore()).isEqualByComparingTo("100");
        assertThat(depot.respondents()).isEqualTo(6);
    }
}
