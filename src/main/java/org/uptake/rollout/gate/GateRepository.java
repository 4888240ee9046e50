package org.uptake.rollout.gate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GateRepository {

    private static final String SELECT = """
            select id, program_id, wave_unit_id, outcome, note, score, ready, snapshot::text, condition_task_ids,
                   decided_by_name, decided_on, decided_at from rollout_gate_decision where organization_id = ?""";

    private final JdbcClient jdbc;

    GateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long org, long programId, long waveUnitId, Outcome outcome, String note, int score, boolean ready,
                String snapshot, String by, long byUser, LocalDate on) {
        return jdbc.sql("""
                insert into rollout_gate_decision (organization_id, program_id, wave_unit_id, outcome, note, score, ready,
                                                   snapshot, decided_by_name, decided_by, decided_on)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning id""")
                .params(org, programId, waveUnitId, outcome.name(), note, score, ready, snapshot, by, byUser, on)
                .query(Long.class).single();
    }

    void conditionTasks(long org, long id, List<Long> taskIds) {
        jdbc.sql("update rollout_gate_decision set condition_task_ids = ? where organization_id = ? and id = ?")
                .params(taskIds.toArray(Long[]::new), org, id).update();
    }

    Optional<GateDecision> latest(long org, long waveUnitId) {
        return jdbc.sql(SELECT + " and wave_unit_id = ? order by decided_at desc, id desc limit 1").params(org, waveUnitId)
                .query(GateRepository::map).optional();
    }

    List<GateDecision> history(long org, long waveUnitId) {
        return jdbc.sql(SELECT + " and wave_unit_id = ? order by decided_at desc, id desc limit 100").params(org, waveUnitId)
                .query(GateRepository::map).list();
    }

    Optional<GateDecision> find(long org, long programId, long id) {
        return jdbc.sql(SELECT + " and program_id = ? and id = ?").params(org, programId, id).query(GateRepository::map).optional();
    }

    /** The latest decision of every wave unit of the program, in one query (for the board). */
    List<GateDecision> latestOfProgram(long org, long programId) {
        return jdbc.sql("select distinct on (wave_unit_id) " + SELECT.substring(SELECT.indexOf("select") + 7)
                        + " and program_id = ? order by wave_unit_id, decided_at desc, id desc")
                .params(org, programId).query(GateRepository::map).list();
    }

    private static GateDecision map(ResultSet rs, int n) throws SQLException {
        Array tasks = rs.getArray(9);
        List<Long> ids = tasks == null ? List.of() : Arrays.stream((Long[]) tasks.getArray()).toList();
        return new GateDecision(rs.getLong(1), rs.getLong(2), rs.getLong(3), Outcome.valueOf(rs.getString(4)), rs.getString(5),
                rs.getInt(6), rs.getBoolean(7), rs.getString(8), ids, rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getTimestamp(12).toInstant());
    }
}
