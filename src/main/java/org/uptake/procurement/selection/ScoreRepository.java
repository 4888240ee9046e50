package org.uptake.procurement.selection;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScoreRepository {

    private final JdbcClient jdbc;

    ScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Evaluator> evaluators(long selectionId) {
        return jdbc.sql("""
                select e.person_id, p.full_name, e.submitted_at, e.version from procurement_evaluator e
                join person p on p.id = e.person_id where e.selection_id = ? order by lower(p.full_name), e.person_id""")
                .param(selectionId)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("submitted_at");
                    return new Evaluator(rs.getLong("person_id"), rs.getString("full_name"), at == null ? null : at.toInstant(),
                            rs.getInt("version"));
                }).list();
    }

    boolean personExists(long organizationId, long personId) {
        return jdbc.sql("select exists (select 1 from person where organization_id = ? and id = ? and employment_status <> 'LEFT')")
                .params(organizationId, personId).query(Boolean.class).single();
    }

    boolean addEvaluator(long organizationId, long selectionId, long personId) {
        return jdbc.sql("""
                insert into procurement_evaluator (selection_id, person_id, organization_id) values (?, ?, ?)
                on conflict do nothing""").params(selectionId, personId, organizationId).update() == 1;
    }

    int removeEvaluator(long selectionId, long personId) {
        return jdbc.sql("delete from procurement_evaluator where selection_id = ? and person_id = ?")
                .params(selectionId, personId).update();
    }

    /** Claims the evaluator's sheet: only an unsubmitted sheet at the version the evaluator loaded. */
    int bumpSheet(long selectionId, long personId, int version) {
        return jdbc.sql("""
                update procurement_evaluator set version = version + 1
                where selection_id = ? and person_id = ? and version = ? and submitted_at is null""")
                .params(selectionId, personId, version).update();
    }

    void submit(long selectionId, long personId) {
        jdbc.sql("update procurement_evaluator set submitted_at = now() where selection_id = ? and person_id = ?")
                .params(selectionId, personId).update();
    }

    void upsert(long organizationId, long selectionId, long personId, List<ScoreSheetForm.Entry> entries) {
        jdbc.sql("""
                insert into procurement_score (selection_id, person_id, vendor_id, criterion_id, organization_id, score)
                select ?, ?, v, c, ?, s from unnest(?::bigint[], ?::bigint[], ?::smallint[]) as t(v, c, s)
                on conflict (selection_id, person_id, vendor_id, criterion_id) do update set score = excluded.score""")
                .params(selectionId, personId, organizationId,
                        entries.stream().map(ScoreSheetForm.Entry::vendorId).toArray(Long[]::new),
                        entries.stream().map(ScoreSheetForm.Entry::criterionId).toArray(Long[]::new),
                        entries.stream().map(e -> e.score().shortValue()).toArray(Short[]::new))
                .update();
    }

    List<Score> scoresOf(long selectionId, long personId) {
        return jdbc.sql("""
                select person_id as evaluator_person_id, vendor_id, criterion_id, score from procurement_score
                where selection_id = ? and person_id = ? order by vendor_id, criterion_id""")
                .params(selectionId, personId).query(Score.class).list();
    }

    List<Score> all(long selectionId) {
        return jdbc.sql("""
                select person_id as evaluator_person_id, vendor_id, criterion_id, score from procurement_score
                where selection_id = ? order by person_id, vendor_id, criterion_id""")
                .param(selectionId).query(Score.class).list();
    }

    /** How many scores the evaluator has given on shortlisted vendors and quality criteria. */
    int completed(long selectionId, long personId) {
        return jdbc.sql("""
                select count(*) from procurement_score s
                join procurement_vendor v on v.id = s.vendor_id and v.shortlisted
                join procurement_criterion c on c.id = s.criterion_id and c.kind = 'QUALITY'
                where s.selection_id = ? and s.person_id = ?""")
                .params(selectionId, personId).query(Integer.class).single();
    }

    boolean anyScore(long selectionId) {
        return jdbc.sql("select exists (select 1 from procurement_score where selection_id = ?)").param(selectionId)
                .query(Boolean.class).single();
    }

    /** Mean score per vendor and criterion over every evaluator, in one aggregate: vendor → criterion → mean. */
    Map<Long, Map<Long, Double>> means(long selectionId) {
        Map<Long, Map<Long, Double>> means = new HashMap<>();
        jdbc.sql("""
                select vendor_id, criterion_id, avg(score)::float8 as mean from procurement_score
                where selection_id = ? group by vendor_id, criterion_id""")
                .param(selectionId)
                .query(rs -> {
                    means.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
                });
        return means;
    }
}
