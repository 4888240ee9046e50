package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uptake.report.status.Rag;
import org.uptake.report.status.RagReason;
import org.uptake.report.status.RagRule;

/** The stated health rule (docs/adr/0016): each input on its own, at the amber and red thresholds, and the worst one winning. */
class RagRuleTests {

    private static RagRule.Inputs green() {
        return new RagRule.Inputs(0, 0, 0, 0, 0, 0, Rag.GREEN, 0);
    }

    private static RagRule.Inputs with(int milestones, int worstSlip, int critical, int dueSoon, int notReady, long problems, Rag kpis) {
        return new RagRule.Inputs(milestones, worstSlip, critical, dueSoon, notReady, problems, kpis, kpis == Rag.GREEN ? 0 : 1);
    }

    @Test
    void allInputsGreenGiveGreenWithoutReasons() {
        var verdict = RagRule.apply(green());
        assertThat(verdict.rag()).isEqualTo(Rag.GREEN);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void aSlippedMilestoneIsAmberAndTenDaysLateIsRed() {
        assertThat(RagRule.apply(with(1, 3, 0, 0, 0, 0, Rag.GREEN)).rag()).isEqualTo(Rag.AMBER);
        assertThat(RagRule.apply(with(1, RagRule.MILESTONE_RED_DAYS - 1, 0, 0, 0, 0, Rag.GREEN)).rag()).isEqualTo(Rag.AMBER);
        var red = RagRule.apply(with(2, RagRule.MILESTONE_RED_DAYS, 0, 0, 0, 0, Rag.GREEN));
        assertThat(red.rag()).isEqualTo(Rag.RED);
        assertThat(red.reasons()).extracting(RagReason::input).containsExactly("milestones");
        assertThat(red.reasons().getFirst().args()).containsExactly(2, RagRule.MILESTONE_RED_DAYS);
    }

    @Test
    void overdueCriticalTasksAreAmberThenRedFromThree() {
        assertThat(RagRule.apply(with(0, 0, 1, 0, 0, 0, Rag.GREEN)).rag()).isEqualTo(Rag.AMBER);
        assertThat(RagRule.apply(with(0, 0, 2, 0, 0, 0, Rag.GREEN)).rag()).isEqualTo(Rag.AMBER);
        assertThat(RagRule.apply(with(0, 0, RagRule.CRITICAL_RED, 0, 0, 0, Rag.GREEN)).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void unitsGoingLiveSoonNotReadyAreAmberThenRedFromHalf() {
        assertThat(RagRule.apply(with(0, 0, 0, 4, 1, 0, Rag.GREEN)).rag()).isEqualTo(Rag.AMBER);
        assertThat(RagRule.apply(with(0, 0, 0, 4, 2, 0, Rag.GREEN)).rag()).isEqualTo(Rag.RED);
        assertThat(RagRule.apply(with(0, 0, 0, 4, 0, 0, Rag.GREEN)).rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void openCriticalProblemsAreAmberThenRedFromThree() {
        assertThat(RagRule.apply(with(0, 0, 0, 0, 0, 1, Rag.GREEN)).rag()).isEqualTo(Rag.AMBER);
        assertThat(RagRule.apply(with(0, 0, 0, 0, 0, RagRule.PROBLEMS_RED, Rag.GREEN)).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void kpiGapsPassTheKpiHealthThrough() {
        assertThat(RagRule.apply(with(0, 0, 0, 0, 0, 0, Rag.AMBER)).rag()).isEqualTo(Rag.AMBER);
        assertThat(RagRule.apply(with(0, 0, 0, 0, 0, 0, Rag.RED)).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void theWorstInputWinsAndEveryNonGreenInputIsAReason() {
        var verdict = RagRule.apply(with(1, 2, 0, 0, 0, RagRule.PROBLEMS_RED, Rag.AMBER));
        assertThat(verdict.rag()).isEqualTo(Rag.RED);
        assertThat(verdict.reasons()).extracting(RagReason::input).containsExactly("milestones", "problems", "kpis");
        assertThat(verdict.reasons()).extracting(RagReason::level).containsExactly(Rag.AMBER, Rag.RED, Rag.AMBER);
    }
}
