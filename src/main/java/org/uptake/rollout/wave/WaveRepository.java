package org.uptake.rollout.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WaveRepository {

    private static final String WAVE = """
            select w.id, w.program_id, w.position, w.name, w.pilot, w.scope_kind, w.functions, w.planned_go_live,
                   w.stable_at, w.stable_by_name, w.stable_override_reason, w.version,
                   (select count(*) from rollout_wave_unit wu where wu.wave_id = w.id) as units,
                   (select count(*) from rollout_wave_unit wu where wu.wave_id = w.id and wu.live_on is not null) as live
            from rollout_wave w where w.organization_id = ? and w.program_id = ?""";

    static final String UNIT = """
            select wu.id, wu.program_id, wu.wave_id, w.position, w.name as wave_name, wu.unit_id, u.name, u.path,
                   coalesce(u.acting_head_person_id, u.head_person_id) as head_id, h.full_name, wu.scope_kind,
                   wu.planned_go_live, wu.live_on, wu.live_by_name, wu.score, wu.ready, wu.signed_score, wu.version
            from rollout_wave_unit wu join rollout_wave w on w.id = wu.wave_id join unit u on u.id = wu.unit_id
            left join person h on h.id = coalesce(u.acting_head_person_id, u.head_person_id)
            where wu.organization_id = ?""";

    private final JdbcClient jdbc;

    WaveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Wave> waves(long org, long programId) {
        return jdbc.sql(WAVE + " order by w.position").params(org, programId).query(WaveRepository::wave).list();
    }

    Optional<Wave> wave(long org, long programId, long waveId) {
        return jdbc.sql(WAVE + " and w.id = ?").params(org, programId, waveId).query(WaveRepository::wave).optional();
    }

    long insert(long org, long programId, WaveForm f) {
        return jdbc.sql("""
                insert into rollout_wave (organization_id, program_id, position, name, pilot, scope_kind, functions, planned_go_live)
                values (?, ?, (select coalesce(max(position), 0) + 1 from rollout_wave where program_id = ?), ?, ?, ?, ?, ?)
                returning id""").params(org, programId, programId, f.getName().strip(), f.isPilot(), f.getScopeKind().name(),
                f.getFunctions(), f.getPlannedGoLive()).query(Long.class).single();
    }

    int update(long org, long waveId, WaveForm f) {
        return jdbc.sql("""
                update rollout_wave set name = ?, pilot = ?, functions = ?, planned_go_live = ?, version = version + 1,
                       updated_at = now() where organization_id = ? and id = ? and version = ?""")
                .params(f.getName().strip(), f.isPilot(), f.getFunctions(), f.getPlannedGoLive(), org, waveId, f.getVersion())
                .update();
    }

    int markStable(long org, long waveId, int version, String byName, String overrideReason) {
        return jdbc.sql("""
                update rollout_wave set stable_at = now(), stable_by_name = ?, stable_override_reason = ?,
                       version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and stable_at is null""")
                .params(byName, overrideReason, org, waveId, version).update();
    }

    int delete(long org, long waveId, int version) {
        jdbc.sql("delete from rollout_wave_unit where organization_id = ? and wave_id = ?").params(org, waveId).update();
        return jdbc.sql("delete from rollout_wave where organization_id = ? and id = ? and version = ?")
                .params(org, waveId, version).update();
    }

    /** The units of the list that lie in the program's scope (a scope unit or below it). */
    List<Long> inScope(long org, long programId, Collection<Long> unitIds) {
        return jdbc.sql("""
                select u.id from unit u where u.organization_id = ? and u.id = any (?) and exists (
                  select 1 from program_unit pu join unit s on s.id = pu.unit_id
                  where pu.program_id = ? and u.path like s.path || '%')""")
                .params(org, unitIds.toArray(Long[]::new), programId).query(Long.class).list();
    }

    /** Units of the list already in another unit-wave of the program, with that wave's name. */
    List<String> alreadyWaved(long org, long programId, Collection<Long> unitIds, long exceptWaveId) {
        return jdbc.sql("""
                select u.name || ' (' || w.name || ')' from rollout_wave_unit wu join unit u on u.id = wu.unit_id
                join rollout_wave w on w.id = wu.wave_id
                where wu.organization_id = ? and wu.program_id = ? and wu.unit_id = any (?) and wu.scope_kind = 'UNITS'
                  and wu.wave_id <> ? order by u.name""")
                .params(org, programId, unitIds.toArray(Long[]::new), exceptWaveId).query(String.class).list();
    }

    record Candidate(long id, String name) {
    }

    /** Units of the program's scope (and below) not yet in a unit-wave, for the wave form. */
    List<Candidate> candidates(long org, long programId, int limit) {
        return jdbc.sql("""
                select u.id, u.name from unit u where u.organization_id = ? and exists (
                  select 1 from program_unit pu join unit s on s.id = pu.unit_id
                  where pu.program_id = ? and u.path like s.path || '%')
                and not exists (select 1 from rollout_wave_unit wu where wu.program_id = ? and wu.unit_id = u.id
                  and wu.scope_kind = 'UNITS')
                order by u.path limit ?""").params(org, programId, programId, limit)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2))).list();
    }

    int addUnits(long org, long programId, long waveId, ScopeKind kind, LocalDate goLive, Collection<Long> unitIds) {
        return jdbc.sql("""
                insert into rollout_wave_unit (organization_id, program_id, wave_id, unit_id, scope_kind, planned_go_live)
                select ?, ?, ?, id, ?, ? from unnest(?::bigint[]) as id on conflict do nothing""")
                .params(org, programId, waveId, kind.name(), goLive, unitIds.toArray(Long[]::new)).update();
    }

    List<WaveUnit> units(long org, long programId, Long waveId) {
        return jdbc.sql(UNIT + " and wu.program_id = ? and (?::bigint is null or wu.wave_id = ?) order by w.position, u.name, wu.id")
                .params(org, programId, waveId, waveId).query(WaveRepository::unit).list();
    }

    /** (wave unit id, unit id) of the listed units' wave units in the program. */
    List<long[]> unitIds(long org, long programId, Collection<Long> unitIds) {
        return jdbc.sql("""
                select id, unit_id from rollout_wave_unit where organization_id = ? and program_id = ? and unit_id = any (?)
                order by id""").params(org, programId, unitIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    Optional<WaveUnit> unit(long org, long programId, long waveUnitId) {
        return jdbc.sql(UNIT + " and wu.program_id = ? and wu.id = ?").params(org, programId, waveUnitId)
                .query(WaveRepository::unit).optional();
    }

    /** The wave units of the units the person heads or acts for (and those units' subtrees), across programs. */
    List<WaveUnit> headedBy(long org, long personId) {
        return jdbc.sql(UNIT + """
                 and exists (select 1 from unit h where h.organization_id = wu.organization_id
                   and (h.head_person_id = ? or h.acting_head_person_id = ?) and u.path like h.path || '%')
                order by wu.planned_go_live, u.name limit 50""").params(org, personId, personId)
                .query(WaveRepository::unit).list();
    }

    /**
     * As {@link #headedBy} for one program, without the home panel's limit: access decisions must see every
     * unit the person heads, and a head of many wave units across programs would otherwise lose some.
     */
    List<WaveUnit> headedIn(long org, long personId, long programId) {
        return jdbc.sql(UNIT + """
                 and wu.program_id = ? and exists (select 1 from unit h where h.organization_id = wu.organization_id
                   and (h.head_person_id = ? or h.acting_head_person_id = ?) and u.path like h.path || '%')
                order by wu.planned_go_live, u.name""").params(org, programId, personId, personId)
                .query(WaveRepository::unit).list();
    }

    /** Where the person's unit (or a unit above it) stands in the rollouts: program, wave, go-live. */
    List<MyWave> ofPerson(long org, long personId) {
        return jdbc.sql("""
                select p.id, p.name, w.name, u.name, wu.planned_go_live, wu.live_on
                from person me join unit mine on mine.id = me.unit_id
                join rollout_wave_unit wu on wu.organization_id = me.organization_id
                join unit u on u.id = wu.unit_id and mine.path like u.path || '%'
                join rollout_wave w on w.id = wu.wave_id join program p on p.id = wu.program_id
                where me.organization_id = ? and me.id = ? and p.status <> 'CLOSED'
                order by wu.planned_go_live limit 10""").params(org, personId)
                .query((rs, n) -> new MyWave(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class))).list();
    }

    Long programOfUnit(long org, long waveUnitId) {
        return jdbc.sql("select program_id from rollout_wave_unit where organization_id = ? and id = ?").params(org, waveUnitId)
                .query(Long.class).optional().orElse(null);
    }

    int moveDates(long org, long waveId, LocalDate goLive) {
        return jdbc.sql("""
                update rollout_wave_unit set planned_go_live = ?, version = version + 1, updated_at = now()
                where organization_id = ? and wave_id = ? and live_on is null""").params(goLive, org, waveId).update();
    }

    int moveUnit(long org, long waveUnitId, long toWave, LocalDate goLive, int version) {
        return jdbc.sql("""
                update rollout_wave_unit set wave_id = ?, planned_go_live = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and live_on is null""")
                .params(toWave, goLive, org, waveUnitId, version).update();
    }

    int removeUnit(long org, long waveUnitId, int version) {
        return jdbc.sql("delete from rollout_wave_unit where organization_id = ? and id = ? and version = ? and live_on is null")
                .params(org, waveUnitId, version).update();
    }

    int markLive(long org, long waveUnitId, LocalDate liveOn, String byName, int version) {
        return jdbc.sql("""
                update rollout_wave_unit set live_on = ?, live_by_name = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and live_on is null""")
                .params(liveOn, byName, org, waveUnitId, version).update();
    }

    private static Wave wave(ResultSet rs, int n) throws SQLException {
        var stable = rs.getTimestamp("stable_at");
        return new Wave(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("position"), rs.getString("name"),
                rs.getBoolean("pilot"), ScopeKind.valueOf(rs.getString("scope_kind")), rs.getString("functions"),
                rs.getObject("planned_go_live", LocalDate.class), stable == null ? null : stable.toInstant(),
                rs.getString("stable_by_name"), rs.getString("stable_override_reason"), rs.getInt("units"),
                rs.getInt("live"), rs.getInt("version"));
    }

    static WaveUnit unit(ResultSet rs, int n) throws SQLException {
        return new WaveUnit(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, Long.class), rs.getString(10),
                ScopeKind.valueOf(rs.getString(11)), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
                rs.getString(14), rs.getInt(15), rs.getBoolean(16), rs.getObject(17, Integer.class), rs.getInt(18));
    }
}
