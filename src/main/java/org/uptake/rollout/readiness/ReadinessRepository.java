package org.uptake.rollout.readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReadinessRepository {

    record Manual(long unitId, CriterionKind kind, BigDecimal value, String note, String by, Instant at) {
    }

    private final JdbcClient jdbc;

    ReadinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Criterion> criteria(long org, long programId) {
        return jdbc.sql("select kind, threshold, weight, blocking, enabled from rollout_criterion where organization_id = ? and program_id = ?")
                .params(org, programId).query((rs, n) -> new Criterion(CriterionKind.valueOf(rs.getString(1)),
                        rs.getBigDecimal(2), rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5))).list();
    }

    void saveCriterion(long org, long programId, Criterion c) {
        jdbc.sql("""
                insert into rollout_criterion (organization_id, program_id, kind, threshold, weight, blocking, enabled)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (program_id, kind) do update set threshold = excluded.threshold, weight = excluded.weight,
                    blocking = excluded.blocking, enabled = excluded.enabled, version = rollout_criterion.version + 1""")
                .params(org, programId, c.kind().name(), c.threshold(), c.weight(), c.blocking(), c.enabled()).update();
    }

    List<Manual> manual(long org, long programId, Collection<Long> unitIds) {
        return jdbc.sql("""
                select unit_id, kind, value, note, entered_by_name, entered_at from rollout_manual_value
                where organization_id = ? and program_id = ? and unit_id = any (?)""")
                .params(org, programId, unitIds.toArray(Long[]::new))
                .query((rs, n) -> new Manual(rs.getLong(1), CriterionKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    void saveManual(long org, long programId, long unitId, CriterionKind kind, BigDecimal value, String note, String by) {
        jdbc.sql("""
                insert into rollout_manual_value (organization_id, program_id, unit_id, kind, value, note, entered_by_name)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (program_id, unit_id, kind) do update set value = excluded.value, note = excluded.note,
                    entered_by_name = excluded.entered_by_name, entered_at = now()""")
                .params(org, programId, unitId, kind.name(), value, note, by).update();
    }

    /** Stores all scores in one statement; returns nothing because the caller knows the before values. */
    void storeScores(long org, long programId, long[] ids, int[] scores, boolean[] ready) {
        Long[] i = new Long[ids.length];
        Integer[] s = new Integer[ids.length];
        Boolean[] r = new Boolean[ids.length];
        for (int k = 0; k < ids.length; k++) {
            i[k] = ids[k];
            s[k] = scores[k];
            r[k] = ready[k];
        }
        jdbc.sql("""
                update rollout_wave_unit wu set score = v.score, ready = v.ready
                from unnest(?::bigint[], ?::int[], ?::boolean[]) as v(id, score, ready)
                where wu.organization_id = ? and wu.program_id = ? and wu.id = v.id
                  and (wu.score <> v.score or wu.ready <> v.ready)""")
                .params(i, s, r, org, programId).update();
    }

    void storeSignedScore(long org, long waveUnitId, Integer score) {
        jdbc.sql("update rollout_wave_unit set signed_score = ? where organization_id = ? and id = ?")
                .params(score, org, waveUnitId).update();
    }
}
