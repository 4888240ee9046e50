package org.uptake.engagement.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.shared.error.ForbiddenException;

class SurveyAnonymityTests extends SurveyTest {

    @Test
    void theAnswerTablesHaveNoColumnThatIdentifiesAPersonOrAPreciseTime() {
        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name || ':' || data_type from information_schema.columns
                where table_name in ('survey_response', 'survey_answer') order by 1""").query(String.class).list();

        assertThat(columns).noneMatch(c -> c.contains("person") || c.contains("user") || c.contains("created")
                || c.contains("timestamp") || c.contains("time zone"));
        assertThat(columns).contains("survey_response.id:uuid", "survey_response.week:date");
    }

    @Test
    void anAnonymousSurveyStoresNoAuthorAndCannotBeShownPerPerson() {
        var w = surveys.world(5);
        Survey s = surveys.opened(w, true);
        surveys.answerAll(w.staff().get(0), s, 4);

        assertThat(jdbc.sql("select count(*) from survey_response_author where survey_id = ?").param(s.id())
                .query(Integer.class).single()).isZero();
        assertThat(refusal(() -> surveys.answers().responses(w.coordinator(), s.id()))).isEqualTo("survey.error.anonymousAnswers");
        assertThat(refusal(() -> surveys.answers().myAnswers(w.staff().get(0).get(0), s.id())))
                .isEqualTo("survey.error.anonymousAnswers");
    }

    @Test
    void withholdsTheResultsOfAGroupOfFour() {
        var w = surveys.world(4);
        Survey s = surveys.opened(w, true);
        surveys.answerAll(w.staff().get(0), s, 5);

        SurveyResults results = fixtures.bean(SurveyResultService.class).results(w.coordinator(), s.id());

        assertThat(results.overall().state()).isEqualTo(UnitResult.State.NOT_ENOUGH);
        assertThat(results.overall().score()).isNull();
        assertThat(results.units()).singleElement().satisfies(u -> {
            assertThat(u.state()).isEqualTo(UnitResult.State.NOT_ENOUGH);
            assertThat(u.score()).isNull();
        });
        assertThat(results.questions()).allSatisfy(q -> assertThat(q.employees().withheld()).isTrue());
        assertThat(results.questions()).allSatisfy(q -> assertThat(q.employees().counts()).isEmpty());
    }

    @Test
    void aUnitBelowFiveRespondentsRollsUpToItsParent() {
        var w = surveys.world(5, 3);
        Survey s = surveys.opened(w, true);
        surveys.answerAll(w.staff().get(0), s, 5);
        surveys.answerAll(w.staff().get(1), s, 1);

        SurveyResults results = fixtures.bean(SurveyResultService.class).results(w.coordinator(), s.id());

        UnitResult big = results.units().stream().filter(u -> u.unitId() == w.depot(0).id()).findFirst().orElseThrow();
        UnitResult small = results.units().stream().filter(u -> u.unitId() == w.depot(1).id()).findFirst().orElseThrow();
        assertThat(big.state()).isEqualTo(UnitResult.State.SHOWN);
        assertThat(big.score()).isEqualByComparingTo("100");
        assertThat(small.state()).isEqualTo(UnitResult.State.ROLLED_UP);
        assertThat(small.rolledUpTo()).isEqualTo("Network");
        assertThat(small.score()).isEqualByComparingTo("62.5");
        assertThat(small.respondents()).isEqualTo(3);
    }

    @Test
    void headsSeeNamedAnswersOfTheirUnitsOnlyAndEmployeesTheirOwn() {
        var w = surveys.world(2, 2);
        Survey s = surveys.opened(w, false);
        surveys.answerAll(w.staff().get(0), s, 4);
        surveys.answerAll(w.staff().get(1), s, 2);

        List<NamedResponse> seenByHead = surveys.answers().responses(w.head(0), s.id());

        assertThat(seenByHead).extracting(NamedResponse::personId)
                .containsExactlyInAnyOrderElementsOf(w.staff().get(0).stream().map(a -> a.personId()).toList());
        assertThat(surveys.answers().responses(w.coordinator(), s.id())).hasSize(4);
        assertThat(surveys.answers().myAnswers(w.staff().get(1).get(0), s.id()).personId())
                .isEqualTo(w.staff().get(1).get(0).personId());
        assertThatThrownBy(() -> surveys.answers().responses(w.staff().get(0).get(0), s.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(fixtures.bean(SurveyResultService.class).results(w.head(1), s.id()).units())
                .extracting(UnitResult::unitId).containsExactly(w.depot(1).id());
    }
}
