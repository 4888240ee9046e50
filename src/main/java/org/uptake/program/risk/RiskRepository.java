package org.uptake.program.risk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RiskRepository {

    /** A risk with its owner and linked tasks in one row (the tasks as parallel arrays): one query per list. */
    private static final String SELECT = """
            select r.id, r.program_id, r.title, r.description, r.probability, r.impact, r.owner_person_id, o.full_name,
                   r.mitigation, r.status, r.version, lt.ids, lt.titles, lt.statuses
            from program_risk r left join person o on o.id = r.owner_person_id
            left join lateral (
                select array_agg(t.id order by t.planned_start, t.id) as ids, array_agg(t.title order by t.planned_start, t.id) as titles,
                       array_agg(t.status order by t.planned_start, t.id) as statuses
                from program_risk_task rt join program_task t on t.id = rt.task_id where rt.risk_id = r.id) lt on true
            """;

    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Risk> find(long organizationId, long programId, long id) {
        return jdbc.sql(SELECT + " where r.organization_id = ? and r.program_id = ? and r.id = ?")
                .params(organizationId, programId, id).query(RiskRepository::map).optional();
    }

    /** What a register page asks for: a status set, optionally one heat-map cell, after a (score, id) cursor. */
    record Query(List<String> statuses, Integer probability, Integer impact, Integer afterScore, long afterId, int limit) {
    }

    /** Risks by score (highest first), then id. */
    List<Risk> page(long organizationId, long programId, Query q) {
        StringBuilder sql = new StringBuilder(SELECT).append(
                " where r.organization_id = :org and r.program_id = :program and r.status = any (:statuses)");
        var params = new java.util.HashMap<String, Object>();
        params.put("org", organizationId);
        params.put("program", programId);
        params.put("statuses", q.statuses().toArray(String[]::new));
        if (q.probability() != null) {
            sql.append(" and r.probability = :p");
            params.put("p", q.probability());
        }
        if (q.impact() != null) {
            sql.append(" and r.impact = :i");
            params.put("i", q.impact());
        }
        if (q.afterScore() != null) {
            sql.append(" and (r.probability * r.impact < :afterScore or (r.probability * r.impact = :afterScore and r.id > :afterId))");
            params.put("afterScore", q.afterScore());
            params.put("afterId", q.afterId());
        }
        sql.append(" order by r.probability * r.impact desc, r.id limit :limit");
        params.put("limit", q.limit());
        return jdbc.sql(sql.toString()).params(params).query(RiskRepository::map).list();
    }

    List<int[]> cells(long organizationId, long programId) {
        return jdbc.sql("""
                select probability, impact, count(*) from program_risk
                where organization_id = ? and program_id = ? and status in ('OPEN', 'MITIGATING')
                group by probability, impact order by 1, 2""")
                .params(organizationId, programId)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3)}).list();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ?)")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    /** Of the given ids, those that are tasks of the program. */
    List<Long> tasksOf(long organizationId, long programId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from program_task where organization_id = ? and program_id = ? and id = any (?)")
                .params(organizationId, programId, ids.toArray(Long[]::new)).query(Long.class).list();
    }

    long insert(long organizationId, long programId, RiskForm f) {
        return jdbc.sql("""
                insert into program_risk (organization_id, program_id, title, description, probability, impact, owner_person_id,
                                          mitigation, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, programId, f.getTitle(), f.getDescription(), f.getProbability(), f.getImpact(),
                        f.getOwnerPersonId(), f.getMitigation(), f.getStatus().name())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, RiskForm f) {
        return jdbc.sql("""
                update program_risk set title = ?, description = ?, probability = ?, impact = ?, owner_person_id = ?,
                       mitigation = ?, status = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getTitle(), f.getDescription(), f.getProbability(), f.getImpact(), f.getOwnerPersonId(),
                        f.getMitigation(), f.getStatus().name(), organizationId, id, f.getVersion())
                .update();
    }

    void replaceTasks(long organizationId, long riskId, List<Long> taskIds) {
        jdbc.sql("delete from program_risk_task where risk_id = ?").param(riskId).update();
        if (!taskIds.isEmpty()) {
            jdbc.sql("insert into program_risk_task (organization_id, risk_id, task_id) select ?, ?, unnest(?::bigint[])")
                    .params(organizationId, riskId, taskIds.toArray(Long[]::new)).update();
        }
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from program_risk where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    private static Risk map(ResultSet rs, int n) throws SQLException {
        List<Risk.LinkedTask> tasks = new ArrayList<>();
        Array ids = rs.getArray("ids");
        if (ids != null) {
            Long[] idValues = (Long[]) ids.getArray();
            String[] titles = (String[]) rs.getArray("titles").getArray();
            String[] statuses = (String[]) rs.getArray("statuses").getArray();
            for (int i = 0; i < idValues.length; i++) {
                tasks.add(new Risk.LinkedTask(idValues[i], titles[i], statuses[i]));
            }
        }
        return new Risk(rs.getLong("id"), rs.getLong("program_id"), rs.getString("title"), rs.getString("description"),
                rs.getInt("probability"), rs.getInt("impact"), rs.getObject("owner_person_id", Long.class), rs.getString("full_name"),
                rs.getString("mitigation"), RiskStatus.valueOf(rs.getString("status")), tasks, rs.getInt("version"));
    }
}
