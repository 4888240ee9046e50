package org.uptake.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uptake.program.baseline.WorkdayIndex;
import org.uptake.program.calendar.WorkingCalendar;

/** Slip is counted in working days: weekends and holidays between two dates do not count. */
class WorkdayIndexTests {

    private static final LocalDate FRIDAY = LocalDate.of(2030, 3, 8);

    @Test
    void fromFridayToMondayIsOneWorkingDay() {
        var index = new WorkdayIndex(WorkingCalendar.mondayToFriday(), FRIDAY.minusDays(30), FRIDAY.plusDays(30));
        assertThat(index.slip(FRIDAY, FRIDAY.plusDays(3))).isEqualTo(1);
        assertThat(index.slip(FRIDAY.plusDays(3), FRIDAY)).isEqualTo(-1);
        assertThat(index.slip(FRIDAY, FRIDAY.plusWeeks(2))).isEqualTo(10);
    }

    @Test
    void aHolidayIsNotSlip() {
        var calendar = new WorkingCalendar(Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY), Set.of(FRIDAY.plusDays(3)));
        var index = new WorkdayIndex(calendar, FRIDAY, FRIDAY.plusDays(10));
        assertThat(index.slip(FRIDAY, FRIDAY.plusDays(4))).isEqualTo(1);
    }

    @Test
    void datesOutsideTheSpanStillCount() {
        var index = new WorkdayIndex(WorkingCalendar.mondayToFriday(), FRIDAY, FRIDAY);
        assertThat(index.slip(FRIDAY, FRIDAY.plusDays(10))).isEqualTo(10);
        assertThat(index.slip(FRIDAY.minusDays(2), FRIDAY)).isEqualTo(2);
    }
}
