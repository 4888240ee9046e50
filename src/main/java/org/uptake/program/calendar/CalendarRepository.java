package org.uptake.program.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Settings(Set<DayOfWeek> weekend, int version) {
    }

    Settings settings(long organizationId) {
        return jdbc.sql("select weekend_days, version from work_calendar where organization_id = ?").param(organizationId)
                .query((rs, n) -> new Settings(parse(rs.getString("weekend_days")), rs.getInt("version")))
                .optional().orElse(new Settings(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 0));
    }

    private static Set<DayOfWeek> parse(String days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        if (days != null && !days.isBlank()) {
            Arrays.stream(days.split(",")).map(String::strip).map(Integer::parseInt).map(DayOfWeek::of).forEach(set::add);
        }
        return set;
    }

    /** Saves the weekend; the first save creates the row (version 0 → 1), later ones check the version. */
    int saveWeekend(long organizationId, Set<DayOfWeek> weekend, int version) {
        String days = weekend.stream().map(d -> String.valueOf(d.getValue())).sorted().collect(Collectors.joining(","));
        if (version == 0) {
            return jdbc.sql("""
                    insert into work_calendar (organization_id, weekend_days, version) values (?, ?, 1)
                    on conflict (organization_id) do nothing""").params(organizationId, days).update();
        }
        return jdbc.sql("""
                update work_calendar set weekend_days = ?, version = version + 1, updated_at = now()
                where organization_id = ? and version = ?""").params(days, organizationId, version).update();
    }

    List<Holiday> holidays(long organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql("select day, name from organization_holiday where organization_id = ? and day between ? and ? order by day")
                .params(organizationId, from, to).query(Holiday.class).list();
    }

    Set<LocalDate> holidayDays(long organizationId) {
        return Set.copyOf(jdbc.sql("select day from organization_holiday where organization_id = ?").param(organizationId)
                .query(LocalDate.class).list());
    }

    boolean addHoliday(long organizationId, LocalDate day, String name) {
        return jdbc.sql("insert into organization_holiday (organization_id, day, name) values (?, ?, ?) on conflict do nothing")
                .params(organizationId, day, name).update() > 0;
    }

    int removeHoliday(long organizationId, LocalDate day) {
        return jdbc.sql("delete from organization_holiday where organization_id = ? and day = ?").params(organizationId, day).update();
    }
}
