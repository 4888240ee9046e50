package org.uptake.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.program.plan.TaskService;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.MeasureFixtures;

/** KPIs: tied to a goal, a planned trajectory per period, per-unit values combined by a stated rule, plan vs actual with two thresholds. */
class KpiTests extends IntegrationTest {

    private MeasureFixtures measure;

    @BeforeEach
    void measure() {
        measure = new MeasureFixtures(fixtures);
    }

    private KpiService kpis() {
        return fixtures.bean(KpiService.class);
    }

    private static LocalDate march() {
        return LocalDate.of(2025, 3, 20);
    }

    @Test
    void aKpiIsTiedToAGoalAndPlannedAsAStraightLineFromBaselineToTarget() {
        var w = measure.world();
        Kpi kpi = kpis().create(w.coordinator(), w.program().id(), MeasureFixtures.form(w, "LEADS", Aggregation.SUM));

        assertThat(kpi.goalStatement()).isEqualTo("More clients through the new channel");
        assertThat(kpis().plan(w.coordinator(), kpi.id())).extracting(p -> p.periodStart() + "=" + p.plannedValue().stripTrailingZeros().toPlainString())
                .containsExactly("2025-01-01=100", "2025-02-01=125", "2025-03-01=150", "2025-04-01=175", "2025-05-01=200");
    }

    @Test
    void aPresetFillsNameUnitMethodDirectionAndAggregationForTheSeedsMessengerCase() {
        var w = measure.world();
        var form = new KpiForm();
        form.setPreset("CPM");
        form.setCode("CPM" + org.uptake.support.Fixtures.next());
        form.setGoalId(w.goal().id());
        form.setBaselineValue(new BigDecimal("320"));
        form.setBaselineDate(MeasureFixtures.BASELINE);
        form.setTargetValue(new BigDecimal("250"));
        form.setTargetDate(LocalDate.of(2025, 6, 1));
        form.setDirection(null);
        form.setAggregation(null);

        Kpi cpm = kpis().create(w.coordinator(), w.program().id(), form);

        assertThat(cpm.name()).isEqualTo("Cost per thousand impressions (CPM)");
        assertThat(cpm.unitOfMeasure()).isEqualTo("RUB");
        assertThat(cpm.direction()).isEqualTo(Direction.DECREASE);
        assertThat(cpm.aggregation()).isEqualTo(Aggregation.AVERAGE);
        assertThat(KpiPreset.of("P4")).extracting(KpiPreset::name).containsExactly("CPM", "CTR", "CR");
        assertThat(KpiPreset.of("P5")).hasSize(8);
    }

    @Test
    void unitsAreCombinedByTheStatedRuleAndAWholeProgramValueWins() {
        var w = measure.world();
        Kpi avg = kpis().create(w.coordinator(), w.program().id(), MeasureFixtures.form(w, "AVG" + org.uptake.support.Fixtures.next(), Aggregation.AVERAGE));
        Kpi sum = measure.kpi(w, "SUM");
        long root = w.org().root().id();
        long station = w.org().station().id();
        measure.measure(w.coordinator(), avg, "140", march().minusDays(10), root);
        measure.measure(w.coordinator(), avg, "150", march(), root);
        measure.measure(w.coordinator(), avg, "160", march(), station);
        measure.measure(w.coordinator(), sum, "70", march(), root);
        measure.measure(w.coordinator(), sum, "80", march(), station);
        measure.measure(w.coordinator(), sum, "100", LocalDate.of(2025, 2, 10), root);
        measure.measure(w.coordinator(), sum, "120", LocalDate.of(2025, 2, 11), null);

        PeriodValue avgMarch = period(w, avg, "2025-03-01");
        PeriodValue sumMarch = period(w, sum, "2025-03-01");
        PeriodValue sumFeb = period(w, sum, "2025-02-01");

        assertThat(avgMarch.actual()).isEqualByComparingTo("155");
        assertThat(avgMarch.units()).isEqualTo(2);
        assertThat(sumMarch.actual()).isEqualByComparingTo("150");
        assertThat(sumFeb.actual()).isEqualByComparingTo("120");
        assertThat(sumFeb.overall()).isTrue();
        assertThat(kpis().unitValues(w.coordinator(), avg.id(), march())).extracting(u -> u.value().stripTrailingZeros().toPlainString())
                .containsExactly("150", "160");
    }

    private PeriodValue period(MeasureFixtures.World w, Kpi kpi, String start) {
        return kpis().values(w.coordinator(), kpi.id()).stream().filter(v -> v.periodStart().toString().equals(start)).findFirst().orElseThrow();
    }

    @Test
    void aSmallGapIsAnOptimisationItemAndLeavesTheProgramGreen() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "SMALL");
        measure.measure(w.coordinator(), kpi, "135", march(), null);

        PeriodValue v = period(w, kpi, "2025-03-01");
        assertThat(v.shortfallPct()).isEqualByComparingTo("10");
        assertThat(v.level()).isEqualTo(GapLevel.SMALL);
        assertThat(kpis().openGaps(w.coordinator(), w.program().id())).singleElement()
                .satisfies(g -> assertThat(g.taskId()).isNull());
        assertThat(kpis().health(w.coordinator(), w.program().id()).health()).isEqualTo(Health.GREEN);
    }

    @Test
    void aLargeGapGivesTheCoordinatorACorrectTheStrategyTaskAndTurnsTheProgramAmberThenRed() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "LARGE");
        measure.measure(w.coordinator(), kpi, "100", march(), null);

        Gap gap = kpis().openGaps(w.coordinator(), w.program().id()).getFirst();
        var task = fixtures.bean(TaskService.class).get(w.coordinator(), w.program().id(), gap.taskId());
        assertThat(gap.level()).isEqualTo(GapLevel.LARGE);
        assertThat(task.title()).startsWith("Correct the strategy: " + kpi.name()).contains("33.33 %");
        assertThat(task.ownerPersonId()).isEqualTo(w.coordinator().personId());
        assertThat(kpis().health(w.coordinator(), w.program().id()).health()).isEqualTo(Health.AMBER);

        measure.measure(w.coordinator(), kpi, "110", LocalDate.of(2025, 4, 5), null);
        assertThat(kpis().health(w.coordinator(), w.program().id()).health()).isEqualTo(Health.RED);
        assertThat(jdbc.sql("select count(*) from program_task where program_id = ? and source_module = 'measure'")
                .param(w.program().id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPeriodBackOnPlanClosesItsGapAndTheCoordinatorResolvesTheRest() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "BACK");
        measure.measure(w.coordinator(), kpi, "135", march(), null);
        measure.measure(w.coordinator(), kpi, "149", march().plusDays(1), null);
        assertThat(kpis().openGaps(w.coordinator(), w.program().id())).isEmpty();

        measure.measure(w.coordinator(), kpi, "100", LocalDate.of(2025, 4, 2), null);
        Gap open = kpis().openGaps(w.coordinator(), w.program().id()).getFirst();
        assertThatThrownBy(() -> kpis().resolveGap(w.coordinator(), open.id(), " ", open.version()))
                .isInstanceOf(InvalidInputException.class);
        kpis().resolveGap(w.coordinator(), open.id(), "Moved budget from VK to Telegram", open.version());
        assertThat(kpis().health(w.coordinator(), w.program().id()).health()).isEqualTo(Health.GREEN);
    }

    @Test
    void theTrajectoryCanBeEditedPerPeriodButNotOutsideTheBaselineToTargetRange() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "PLAN");
        List<PlanPoint> plan = List.of(new PlanPoint(LocalDate.of(2025, 3, 1), new BigDecimal("130")),
                new PlanPoint(LocalDate.of(2025, 5, 1), new BigDecimal("200")));
        kpis().replacePlan(w.coordinator(), kpi.id(), plan, kpi.version());
        measure.measure(w.coordinator(), kpi, "125", march(), null);

        assertThat(period(w, kpi, "2025-03-01").planned()).isEqualByComparingTo("130");
        assertThat(period(w, kpi, "2025-04-01").planned()).isNull();
        Kpi now = kpis().get(w.coordinator(), kpi.id());
        assertThatThrownBy(() -> kpis().replacePlan(w.coordinator(), kpi.id(),
                List.of(new PlanPoint(LocalDate.of(2026, 1, 1), BigDecimal.ONE)), now.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().getFirst().code()).isEqualTo("kpi.error.planPeriod"));
        assertThat(kpis().plan(w.coordinator(), kpi.id())).hasSize(2);
    }

    @Test
    void refusesAGoalOfAnotherProgramAThresholdOrderAndATargetBeforeTheBaselineAndStoresNothing() throws Exception {
        var w = measure.world();
        var other = measure.world();
        var form = MeasureFixtures.form(w, "BAD" + org.uptake.support.Fixtures.next(), Aggregation.SUM);
        form.setGoalId(other.goal().id());
        form.setLargeGapPct(new BigDecimal("2"));
        form.setTargetDate(MeasureFixtures.BASELINE.minusDays(1));

        assertThatThrownBy(() -> kpis().create(w.coordinator(), w.program().id(), form))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .contains("kpi.error.goal", "kpi.error.thresholdOrder", "kpi.error.targetBeforeBaseline"));
        mvc.perform(post("/api/v1/kpis").with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programId\":" + w.program().id() + ",\"goalId\":" + w.goal().id() + ",\"code\":\"has space\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/kpis").with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programId\": 1, \"goalId\": "))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from kpi where program_id = ?").param(w.program().id()).query(Long.class).single()).isZero();
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "STALE");
        var edit = KpiForm.of(kpi);
        edit.setName("Renamed");
        kpis().update(w.coordinator(), kpi.id(), edit);

        mvc.perform(put("/api/v1/kpis/" + kpi.id()).with(bearer(fixtures.token(w.coordinator()))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"goalId\":" + w.goal().id() + ",\"code\":\"" + kpi.code() + "\",\"name\":\"Late\",\"unitOfMeasure\":\"leads\","
                                + "\"direction\":\"INCREASE\",\"baselineValue\":1,\"baselineDate\":\"2025-01-01\",\"targetValue\":2,"
                                + "\"targetDate\":\"2025-06-01\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(kpis().get(w.coordinator(), kpi.id()).name()).isEqualTo("Renamed");
    }

    @Test
    void anotherOrganisationsKpiIsNotFoundAndAViewerMayNotEdit() {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "ISO");
        var stranger = measure.world();
        var viewer = fixtures.user(w.org().admin(), null, org.uptake.shared.Role.VIEWER);

        assertThatThrownBy(() -> kpis().get(stranger.coordinator(), kpi.id())).isInstanceOf(NotFoundException.class);
        assertThat(kpis().get(viewer, kpi.id()).id()).isEqualTo(kpi.id());
        assertThatThrownBy(() -> kpis().update(viewer, kpi.id(), KpiForm.of(kpi))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theHealthOfTheProgramIsServedWithItsFigures() throws Exception {
        var w = measure.world();
        Kpi kpi = measure.kpi(w, "HEALTH");
        measure.measure(w.coordinator(), kpi, "100", march(), null);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/programs/" + w.program().id() + "/kpi-health")
                        .with(bearer(fixtures.token(w.coordinator()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.health").value("AMBER"))
                .andExpect(jsonPath("$.largeGaps").value(1));
    }
}
