package org.uptake.engagement.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.CriterionResult;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.readiness.UnitReadiness;

class SurveyReadinessTests extends SurveyTest {

    @Test
    void theReadinessScoreFeedsTheGateInsteadOfAManualValue() {
        var w = surveys.world(5);
        Survey s = surveys.opened(w, true);
        surveys.answerAll(w.staff().get(0), s, 4);

        CriterionResult c = criterion(w, 0);

        assertThat(fixtures.bean(ReadinessService.class).manual(CriterionKind.SURVEY)).isFalse();
        assertThat(c.manual()).isFalse();
        assertThat(c.source()).isEqualTo("engagement");
        assertThat(c.value()).isEqualByComparingTo("75");
        assertThat(c.passes()).isTrue();
    }

    @Test
    void aLowScoreFailsTheCriterion() {
        var w = surveys.world(5);
        Survey s = surveys.opened(w, false);
        surveys.answerAll(w.staff().get(0), s, 2);

        CriterionResult c = criterion(w, 0);

        assertThat(c.value()).isEqualByComparingTo("25");
        assertThat(c.passes()).isFalse();
    }

    @Test
    void notEnoughAnswersIsNotAFailedCriterion() {
        var w = surveys.world(2);
        Survey s = surveys.opened(w, true);
        surveys.answerAll(w.staff().get(0), s, 1);

        CriterionResult c = criterion(w, 0);

        assertThat(c.value()).isNull();
        assertThat(c.passes()).isTrue();
        assertThat(c.note()).contains("< 5");
    }

    private CriterionResult criterion(org.uptake.support.SurveyFixtures.World w, int depot) {
        UnitReadiness r = fixtures.bean(ReadinessService.class).board(w.coordinator(), w.programId(), null).stream()
                .filter(u -> u.unit().unitId() == w.depot(depot).id()).findFirst().orElseThrow();
        return r.results().stream().filter(x -> x.kind() == CriterionKind.SURVEY).findFirst().orElseThrow();
    }
}
