package org.uptake.measure.adoption;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdoptionRepository {

    private final JdbcClient jdbc;

    AdoptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person a user key names, with the unit they belong to now. */
    record Person(long id, Long unitId) {
    }

    /** The people the keys name, by e-mail (lower case) or employee number: two index lookups, however many keys. */
    Map<String, Person> people(long organizationId, List<String> keys) {
        String[] lower = keys.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
        Map<String, Person> found = new HashMap<>();
        jdbc.sql("""
                select lower(email), id, unit_id, 'e' from person where organization_id = ? and lower(email) = any (?)
                union all
                select employee_number, id, unit_id, 'n' from person where organization_id = ? and employee_number = any (?)""")
                .params(organizationId, lower, organizationId, keys.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString(4) + rs.getString(1), new Person(rs.getLong(2), rs.getObject(3, Long.class))))
                .list();
        return found;
    }

    /**
     * For each of the units, the program's wave unit that covers it (itself or its nearest ancestor in a
     * wave): adoption is counted per wave unit, and a station's teams go live with their station.
     */
    Map<Long, Long> waveUnits(long organizationId, long programId, java.util.Collection<Long> unitIds) {
        Map<Long, Long> covering = new HashMap<>();
        if (unitIds.isEmpty()) {
            return covering;
        }
        jdbc.sql("""
                select pu.id, (select wu.unit_id from rollout_wave_unit wu join unit w on w.id = wu.unit_id
                               where wu.organization_id = :org and wu.program_id = :program and wu.scope_kind = 'UNITS'
                                 and wu.unit_id = any (string_to_array(trim(both '/' from pu.path), '/')::bigint[])
                               order by w.depth desc limit 1)
                from unit pu where pu.organization_id = :org and pu.id = any (:units)""")
                .param("org", organizationId).param("program", programId).param("units", unitIds.toArray(Long[]::new))
                .query((rs, n) -> covering.put(rs.getLong(1), rs.getObject(2, Long.class))).list();
        return covering;
    }

    /** The (unit, day) pairs whose people had new events, and how many events were new. */
    record Stored(int inserted, Long[] units, LocalDate[] days) {
    }

    /**
     * Stores the events (a retried event id is skipped) and adds them to each person's active days, in
     * one statement; answers which units and days got new activity.
     */
    Stored store(long organizationId, long programId, List<String> eventIds, List<Long> people, List<Long> units,
                 List<String> features, List<Instant> times) {
        return jdbc.sql("""
                with ins as (
                    insert into adoption_event (organization_id, event_id, program_id, person_id, unit_id, feature, occurred_at)
                    select :org, e, :program, p, w, f, t
                    from unnest(:events::text[], :people::bigint[], :units::bigint[], :features::text[], :times::timestamptz[]) as x(e, p, w, f, t)
                    on conflict (organization_id, event_id) do nothing
                    returning person_id, unit_id, (occurred_at at time zone 'UTC')::date as day),
                pd as (
                    insert into adoption_person_day (program_id, person_id, day, organization_id, unit_id, events)
                    select :program, person_id, day, :org, max(unit_id), count(*) from ins group by person_id, day
                    on conflict (program_id, person_id, day)
                    do update set events = adoption_person_day.events + excluded.events, unit_id = excluded.unit_id
                    returning unit_id, day),
                touched as (select distinct unit_id, day from pd where unit_id is not null)
                select (select count(*) from ins), (select array_agg(unit_id) from touched), (select array_agg(day) from touched)""")
                .param("org", organizationId).param("program", programId)
                .param("events", eventIds.toArray(String[]::new)).param("people", people.toArray(Long[]::new))
                .param("units", units.toArray(Long[]::new)).param("features", features.toArray(String[]::new))
                .param("times", times.stream().map(Timestamp::from).toArray(Timestamp[]::new))
                .query((rs, n) -> new Stored(rs.getInt(1), longs(rs.getArray(2)), dates(rs.getArray(3)))).single();
    }

    private static Long[] longs(Array a) throws java.sql.SQLException {
        return a == null ? new Long[0] : (Long[]) a.getArray();
    }

    private static LocalDate[] dates(Array a) throws java.sql.SQLException {
        if (a == null) {
            return new LocalDate[0];
        }
        java.sql.Date[] raw = (java.sql.Date[]) a.getArray();
        LocalDate[] days = new LocalDate[raw.length];
        for (int i = 0; i < raw.length; i++) {
            days[i] = raw[i].toLocalDate();
        }
        return days;
    }

    /**
     * Recounts, for each touched unit, the active people of every day whose trailing window holds a
     * touched day (up to today): one statement over the person-days of those units only.
     */
    void recount(long organizationId, long programId, int window, Long[] units, LocalDate[] days) {
        if (units.length == 0) {
            return;
        }
        jdbc.sql("""
                with touched as (select * from unnest(:units::bigint[], :days::date[]) as t(unit_id, day)),
                targets as (select distinct t.unit_id, g::date as day from touched t,
                            generate_series(t.day, least(t.day + (:w - 1), greatest(current_date, t.day)), interval '1 day') g),
                counts as (select tg.unit_id, tg.day, count(distinct pd.person_id) as active from targets tg
                           join adoption_person_day pd on pd.program_id = :program and pd.unit_id = tg.unit_id
                                and pd.day between tg.day - (:w - 1) and tg.day
                           group by tg.unit_id, tg.day)
                insert into adoption_unit_day (program_id, unit_id, day, organization_id, active)
                select :program, unit_id, day, :org, active from counts
                on conflict (program_id, unit_id, day) do update set active = excluded.active""")
                .param("units", units).param("days", java.util.Arrays.stream(days).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .param("w", window).param("program", programId).param("org", organizationId).update();
    }

    /** Marks units and days for a recount (a later batch touching the same ones adds nothing). */
    void markDirty(long organizationId, long programId, Long[] units, LocalDate[] days) {
        if (units.length == 0) {
            return;
        }
        jdbc.sql("""
                insert into adoption_dirty (program_id, unit_id, day, organization_id)
                select :program, u, d, :org from unnest(:units::bigint[], :days::date[]) as t(u, d)
                on conflict do nothing""")
                .param("program", programId).param("org", organizationId).param("units", units)
                .param("days", java.util.Arrays.stream(days).map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new)).update();
    }

    /** Takes the program's marked units and days (claiming them, so two readers never recount the same ones). */
    List<Object[]> takeDirty(long programId) {
        return jdbc.sql("delete from adoption_dirty where program_id = ? returning unit_id, day").param(programId)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class)}).list();
    }

    /** The programs with marked units and days, and their organisation. */
    List<long[]> dirtyPrograms() {
        return jdbc.sql("select distinct program_id, organization_id from adoption_dirty")
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Recounts every unit and day of the program (after the window changed), from its first active day to today. */
    void recountAll(long organizationId, long programId, int window) {
        jdbc.sql("delete from adoption_unit_day where program_id = ?").param(programId).update();
        var touched = jdbc.sql("select unit_id, day from adoption_person_day where program_id = ? and unit_id is not null group by unit_id, day")
                .param(programId).query((rs, n) -> new Object[]{rs.getLong(1), rs.getObject(2, LocalDate.class)}).list();
        recount(organizationId, programId, window, touched.stream().map(o -> (Long) o[0]).toArray(Long[]::new),
                touched.stream().map(o -> (LocalDate) o[1]).toArray(LocalDate[]::new));
    }

    /** Carries every program's counts forward to {@code day}: the people active in the days before it still count. */
    int rollForward(LocalDate day) {
        return jdbc.sql("""
                insert into adoption_unit_day (program_id, unit_id, day, organization_id, active)
                select pd.program_id, pd.unit_id, :day, min(pd.organization_id), count(distinct pd.person_id)
                from adoption_person_day pd left join adoption_settings s on s.program_id = pd.program_id
                where pd.unit_id is not null and pd.day between :day - (coalesce(s.active_days, 7) - 1) and :day
                group by pd.program_id, pd.unit_id
                on conflict (program_id, unit_id, day) do update set active = excluded.active""")
                .param("day", day).update();
    }

    int activeDays(long programId) {
        return jdbc.sql("select active_days from adoption_settings where program_id = ?").param(programId)
                .query(Integer.class).optional().orElse(7);
    }

    int settingsVersion(long programId) {
        return jdbc.sql("select version from adoption_settings where program_id = ?").param(programId)
                .query(Integer.class).optional().orElse(0);
    }

    /** Sets the window; the first change creates the row (version 0 stands for the defaults). */
    int saveActiveDays(long organizationId, long programId, int days, int version) {
        return jdbc.sql("""
                insert into adoption_settings (program_id, organization_id, active_days, version) values (?, ?, ?, 1)
                on conflict (program_id) do update set active_days = excluded.active_days, version = adoption_settings.version + 1,
                       updated_at = now() where adoption_settings.version = ?""")
                .params(programId, organizationId, days, version).update();
    }

    long logBatch(long organizationId, long programId, IngestResult r, String rejectionsJson, long sentBy, String sentByName) {
        return jdbc.sql("""
                insert into adoption_batch (organization_id, program_id, received, accepted, duplicates, rejected, rejections, sent_by, sent_by_name)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning id""")
                .params(organizationId, programId, r.received(), r.accepted(), r.duplicates(), r.rejected(), rejectionsJson, sentBy, sentByName)
                .query(Long.class).single();
    }

    List<BatchRecord> batches(long organizationId, long programId, int limit) {
        return jdbc.sql("""
                select id, received, accepted, duplicates, rejected, rejections::text, sent_by_name, received_at from adoption_batch
                where organization_id = ? and program_id = ? order by id desc limit ?""")
                .params(organizationId, programId, limit)
                .query((rs, n) -> new BatchRecord(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant())).list();
    }
}
