package org.uptake.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.report.status.Cadence;

/** Which period a scheduled report covers, so every node and every day of the week agree. */
class CadenceTests {

    private static final LocalDate MONDAY = LocalDate.of(2031, 6, 2);

    @Test
    void weeklyCoversTheLastFullMondayToSunday() {
        assertThat(Cadence.WEEKLY.lastFullPeriod(MONDAY)).containsExactly(LocalDate.of(2031, 5, 26), LocalDate.of(2031, 6, 1));
        assertThat(Cadence.WEEKLY.lastFullPeriod(MONDAY.plusDays(4))).containsExactly(LocalDate.of(2031, 5, 26), LocalDate.of(2031, 6, 1));
        assertThat(Cadence.WEEKLY.lastFullPeriod(MONDAY.plusDays(7))).containsExactly(MONDAY, LocalDate.of(2031, 6, 8));
    }

    @Test
    void fortnightlyEndsOnTheSundayOfAnEvenIsoWeekWhicheverDayItRuns() {
        LocalDate[] a = Cadence.FORTNIGHTLY.lastFullPeriod(MONDAY);
        LocalDate[] b = Cadence.FORTNIGHTLY.lastFullPeriod(MONDAY.plusDays(7));
        assertThat(a[1].get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2).isZero();
        assertThat(a[1].getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(a[0]).isEqualTo(a[1].minusDays(13));
        assertThat(b[1]).isIn(a[1], a[1].plusWeeks(2));
    }

    @Test
    void monthlyCoversTheMonthBeforeAndOffNeverRuns() {
        assertThat(Cadence.MONTHLY.lastFullPeriod(MONDAY)).containsExactly(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31));
        assertThat(Cadence.OFF.lastFullPeriod(MONDAY)).isNull();
    }
}
