package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.rollout.parallel.CheckForm;
import org.uptake.rollout.parallel.Cutover;
import org.uptake.rollout.parallel.CutoverForm;
import org.uptake.rollout.parallel.ParallelRun;
import org.uptake.rollout.parallel.ParallelRunService;
import org.uptake.rollout.parallel.ReadingForm;
import org.uptake.rollout.parallel.Reconciliation;
import org.uptake.rollout.parallel.ReconciliationCheck;
import org.uptake.rollout.parallel.RunForm;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.ImportFiles;
import org.uptake.support.RolloutFixtures.Rollout;

/** Parallel run: period per wave or unit, daily reconciliation from form, file or API, exit criteria and the cutover. */
class ParallelRunTests extends RolloutTest {

    private final LocalDate today = LocalDate.now();

    private ParallelRunService runs() {
        return fixtures.bean(ParallelRunService.class);
    }

    private record Setup(Rollout rollout, ParallelRun run, ReconciliationCheck orders) {
        long programId() {
            return rollout.programId();
        }
    }

    private Setup setup(int matchingDays) {
        Rollout r = rollouts.rollout(1);
        Wave pilot = rollouts.wave(r, "Pilot", true, today, r.station(0).unit());
        ParallelRun run = runs().create(r.coordinator(), r.programId(), new RunForm(pilot.id(), null, "Order book", "Workshop system",
                today.minusDays(10), today.plusDays(10), "Habituation", "Orders match 3 days in a row", matchingDays, 0));
        ReconciliationCheck orders = runs().addCheck(r.coordinator(), r.programId(), run.id(),
                new CheckForm("Orders per day", new BigDecimal("2")));
        return new Setup(r, run, orders);
    }

    private Reconciliation days(Setup s, int... newCounts) {
        List<ReadingForm> readings = new ArrayList<>();
        for (int i = 0; i < newCounts.length; i++) {
            readings.add(new ReadingForm(s.orders().id(), today.minusDays(newCounts.length - 1 - i), BigDecimal.valueOf(100),
                    BigDecimal.valueOf(newCounts[i])));
        }
        return runs().record(s.rollout().coordinator(), s.programId(), s.run().id(), readings, "FORM");
    }

    private ParallelRun current(Setup s) {
        return runs().get(s.rollout().coordinator(), s.programId(), s.run().id()).run();
    }

    @Test
    void theExitCriteriaAreMetAfterEnoughConsecutiveMatchingDaysAndTheCutoverIsRecorded() {
        Setup s = setup(3);

        Reconciliation r = days(s, 90, 101, 99, 100);
        ParallelRun decided = runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(),
                new CutoverForm(Cutover.CUTOVER, "Counts match", null, current(s).version()));

        assertThat(r.days()).hasSize(4);
        assertThat(r.days().get(3).matches()).isFalse();
        assertThat(r.matchingStreak()).isEqualTo(3);
        assertThat(r.exitMet()).isTrue();
        assertThat(decided.decision()).isEqualTo(Cutover.CUTOVER);
        assertThat(decided.decidedByName()).isEqualTo(s.rollout().coordinator().displayName());
    }

    @Test
    void refusesTheCutoverWhileTheExitCriteriaAreNotMetAndChangesNothing() {
        Setup s = setup(3);
        days(s, 100, 100, 90);

        String code = refusal(() -> runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(),
                new CutoverForm(Cutover.CUTOVER, null, null, current(s).version())));

        assertThat(code).isEqualTo("rollout.error.exitNotMet");
        assertThat(current(s).decision()).isNull();
    }

    @Test
    void extendingNeedsALaterEndAndAReasonAndAClosedRunTakesNoMoreReadings() {
        Setup s = setup(3);
        String earlier = refusal(() -> runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(),
                new CutoverForm(Cutover.EXTEND, "More time", today, current(s).version())));
        ParallelRun extended = runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(),
                new CutoverForm(Cutover.EXTEND, "Month-end close still to compare", today.plusDays(30), current(s).version()));
        runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(),
                new CutoverForm(Cutover.ROLL_BACK, "New system too slow at month end", null, extended.version()));

        String closed = refusal(() -> days(s, 100));

        assertThat(earlier).isEqualTo("rollout.error.extendLater");
        assertThat(extended.endsOn()).isEqualTo(today.plusDays(30));
        assertThat(closed).isEqualTo("rollout.error.runDecided");
        assertThat(count("select count(*) from rollout_reconciliation_value where check_id = ?", s.orders().id())).isZero();
    }

    @Test
    void refusesReadingsOutsideThePeriodInTheFutureOrOfAnotherRunAllOrNothing() {
        Setup s = setup(3);
        Setup other = setup(3);
        List<ReadingForm> readings = List.of(
                new ReadingForm(s.orders().id(), today, BigDecimal.TEN, BigDecimal.TEN),
                new ReadingForm(s.orders().id(), today.minusDays(30), BigDecimal.TEN, BigDecimal.TEN),
                new ReadingForm(s.orders().id(), today.plusDays(1), BigDecimal.TEN, BigDecimal.TEN),
                new ReadingForm(other.orders().id(), today, BigDecimal.TEN, BigDecimal.TEN));

        var e = catchInvalid(() -> runs().record(s.rollout().coordinator(), s.programId(), s.run().id(), readings, "FORM"));

        assertThat(e).extracting(v -> v.field() + ":" + v.code()).containsExactly(
                "readings[1].day:rollout.error.dayOutsideRun", "readings[2].day:rollout.error.dayInFuture",
                "readings[3].checkId:rollout.error.unknownCheck");
        assertThat(count("select count(*) from rollout_reconciliation_value where check_id = ?", s.orders().id())).isZero();
    }

    @Test
    void aRunCoversOneWaveOrOneUnitAndEndsAfterItStarts() {
        Setup s = setup(3);
        Rollout r = s.rollout();
        long wave = s.run().waveId();

        String both = refusal(() -> runs().create(r.coordinator(), r.programId(), new RunForm(wave,
                rollouts.waveUnit(r, r.station(0).unit()).id(), "a", "b", today, today, null, null, 1, 0)));
        String backwards = refusal(() -> runs().create(r.coordinator(), r.programId(), new RunForm(wave, null, "a", "b", today,
                today.minusDays(1), null, null, 1, 0)));
        String twice = refusal(() -> runs().addCheck(r.coordinator(), r.programId(), s.run().id(),
                new CheckForm("orders per day", BigDecimal.ONE)));

        assertThat(both).isEqualTo("rollout.error.runScope");
        assertThat(backwards).isEqualTo("rollout.error.endBeforeStart");
        assertThat(twice).isEqualTo("rollout.error.metricTwice");
        assertThat(runs().list(r.coordinator(), r.programId())).hasSize(1);
    }

    @Test
    void aStaleDecisionIsRefused() {
        Setup s = setup(1);
        days(s, 100);
        int stale = current(s).version();
        runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(), new CutoverForm(Cutover.EXTEND, "wait",
                today.plusDays(20), stale));

        assertThatThrownBy(() -> runs().decide(s.rollout().coordinator(), s.programId(), s.run().id(),
                new CutoverForm(Cutover.CUTOVER, null, null, stale))).isInstanceOf(StaleVersionException.class);
        assertThat(current(s).decision()).isEqualTo(Cutover.EXTEND);
    }

    @Test
    void readingsPostedToTheApiAreRecordedAndWrongTypesAreAClearError() throws Exception {
        Setup s = setup(2);
        String token = fixtures.token(s.rollout().coordinator());
        String url = "/api/v1/programs/" + s.programId() + "/parallel-runs/" + s.run().id() + "/readings";

        mvc.perform(post(url).with(bearer(token)).contentType(APPLICATION_JSON).content("{\"readings\":[{\"checkId\":"
                        + s.orders().id() + ",\"day\":\"" + today + "\",\"legacyValue\":\"many\",\"newValue\":3}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(bearer(token)).contentType(APPLICATION_JSON).content("{\"readings\":[{\"checkId\":"
                        + s.orders().id() + ",\"day\":\"" + today + "\",\"legacyValue\":1.123456,\"newValue\":3}]}"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from rollout_reconciliation_value where check_id = ?", s.orders().id())).isZero();
        mvc.perform(post(url).with(bearer(token)).contentType(APPLICATION_JSON).content("{\"readings\":[{\"checkId\":"
                        + s.orders().id() + ",\"day\":\"" + today + "\",\"legacyValue\":412,\"newValue\":409}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matchingStreak").value(1));
    }

    @Test
    void readingsImportedFromCsvReplaceADayAndBadCellsRefuseTheWholeFile() throws Exception {
        Setup s = setup(2);
        String token = fixtures.token(s.rollout().coordinator());
        long id = s.orders().id();
        days(s, 100);

        mvc.perform(upload("rollout-reconciliation", "bad.csv", ImportFiles.csv("check;day;legacy_value;new_value",
                        id + ";" + today.minusDays(1) + ";100;99", id + ";yesterday;100;abc"), false).with(bearer(token)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].column").value("day"))
                .andExpect(jsonPath("$.problems[1].code").value("rollout.import.notANumber"));
        assertThat(count("select count(*) from rollout_reconciliation_value where check_id = ?", id)).isEqualTo(1);

        mvc.perform(upload("rollout-reconciliation", "ok.csv", ImportFiles.csv("check;day;legacy_value;new_value",
                        id + ";" + today.minusDays(1) + ";100;99", id + ";" + today + ";100;101,5"), false).with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.creates").value(1)).andExpect(jsonPath("$.updates").value(1));
        Reconciliation r = runs().get(s.rollout().coordinator(), s.programId(), s.run().id());
        assertThat(r.days().get(0).readings().get(id).newValue()).isEqualByComparingTo("101.5");
        assertThat(r.exitMet()).isTrue();
    }

    private static List<org.uptake.shared.error.Violation> catchInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(org.uptake.shared.error.InvalidInputException.class, call);
        assertThat(e).isNotNull();
        return e.violations();
    }
}
