package org.uptake.measure.adoption;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the adoption figures from the per-unit daily counts — never from the events themselves. */
@Repository
class CurveRepository {

    private final JdbcClient jdbc;

    CurveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One live wave's figures on one day. */
    record WaveDay(LocalDate day, long waveId, int active, int scope) {
    }

    /**
     * Per day from {@code from} to {@code to} and per wave with live units: the active people of the units
     * live that day, and the people of those units and the units below them (today's headcount, people
     * who left excluded). One query; it reads the per-unit daily counts, never the events.
     */
    List<WaveDay> days(long organizationId, long programId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with live as (select wu.wave_id, wu.unit_id, wu.live_on, u.path from rollout_wave_unit wu join unit u on u.id = wu.unit_id
                              where wu.organization_id = :org and wu.program_id = :program and wu.scope_kind = 'UNITS'
                                and wu.live_on is not null),
                heads as (select l.wave_id, l.live_on,
                                 (select count(*) from unit u join person p on p.unit_id = u.id and p.employment_status <> 'LEFT'
                                  where u.organization_id = :org and u.path like l.path || '%') as n
                          from live l),
                act as (select a.day, l.wave_id, sum(a.active) as active from adoption_unit_day a join live l on l.unit_id = a.unit_id
                        where a.program_id = :program and a.day between :from and :to and l.live_on <= a.day group by a.day, l.wave_id),
                waves as (select distinct wave_id from live)
                select g::date as day, wv.wave_id, coalesce(act.active, 0),
                       coalesce((select sum(h.n) from heads h where h.wave_id = wv.wave_id and h.live_on <= g::date), 0)
                from generate_series(:from::date, :to::date, interval '1 day') g cross join waves wv
                left join act on act.day = g::date and act.wave_id = wv.wave_id
                order by 1, 2""")
                .param("org", organizationId).param("program", programId).param("from", from).param("to", to)
                .query((rs, n) -> new WaveDay(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getInt(3), rs.getInt(4))).list();
    }

    /** A wave unit with today's figures, in wave order then by name. */
    record UnitRow(long unitId, String unitName, long waveId, String waveName, LocalDate liveOn, int people, int active) {
    }

    List<UnitRow> units(long organizationId, long programId, LocalDate day) {
        return jdbc.sql("""
                select wu.unit_id, u.name, w.id, w.name, wu.live_on,
                       (select count(*) from unit s join person p on p.unit_id = s.id and p.employment_status <> 'LEFT'
                            where s.organization_id = wu.organization_id and s.path like u.path || '%'),
                       coalesce((select a.active from adoption_unit_day a where a.program_id = wu.program_id and a.unit_id = wu.unit_id
                            and a.day = :day), 0)
                from rollout_wave_unit wu join rollout_wave w on w.id = wu.wave_id join unit u on u.id = wu.unit_id
                where wu.organization_id = :org and wu.program_id = :program and wu.scope_kind = 'UNITS'
                order by w.position, lower(u.name), wu.unit_id""")
                .param("org", organizationId).param("program", programId).param("day", day)
                .query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7))).list();
    }

    /** Events accepted for the program, from the batch log (a few hundred rows even for a million events). */
    long events(long organizationId, long programId) {
        return jdbc.sql("select coalesce(sum(accepted), 0) from adoption_batch where organization_id = ? and program_id = ?")
                .params(organizationId, programId).query(Long.class).single();
    }
}
