package org.uptake.process.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.Actor;

@Repository
class ApproachAssessmentRepository {

    private final JdbcClient jdbc;

    ApproachAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, ApproachAssessmentForm form, int total, Actor actor) {
        long id = jdbc.sql("""
                insert into process_assessment (organization_id, assessed_by_user_id, assessed_by_name, note, total)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, actor.userId(), actor.displayName(), form.getNote(), total).query(Long.class).single();
        for (int i = 0; i < ApproachAssessment.CRITERIA; i++) {
            jdbc.sql("""
                    insert into process_assessment_score (organization_id, assessment_id, criterion, score, comment)
                    values (?, ?, ?, ?, ?)""")
                    .params(organizationId, id, i + 1, form.getScores().get(i), form.comment(i)).update();
        }
        return id;
    }

    /** The latest assessments with their scores, in two queries. */
    List<ApproachAssessment> recent(long organizationId, int limit) {
        return withScores(jdbc.sql("""
                select id, assessed_at, assessed_by_name, note, total from process_assessment
                where organization_id = ? order by assessed_at desc, id desc limit ?""")
                .params(organizationId, limit).query((rs, n) -> new Head(rs.getLong("id"), rs.getTimestamp("assessed_at").toInstant(),
                        rs.getString("assessed_by_name"), rs.getString("note"), rs.getInt("total"))).list());
    }

    Optional<ApproachAssessment> find(long organizationId, long id) {
        return withScores(jdbc.sql("""
                select id, assessed_at, assessed_by_name, note, total from process_assessment where organization_id = ? and id = ?""")
                .params(organizationId, id).query((rs, n) -> new Head(rs.getLong("id"), rs.getTimestamp("assessed_at").toInstant(),
                        rs.getString("assessed_by_name"), rs.getString("note"), rs.getInt("total"))).list())
                .stream().findFirst();
    }

    private record Head(long id, java.time.Instant at, String by, String note, int total) {
    }

    private List<ApproachAssessment> withScores(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ApproachAssessment.Score>> scores = new LinkedHashMap<>();
        jdbc.sql("select assessment_id, criterion, score, comment from process_assessment_score where assessment_id in (:ids) order by criterion")
                .param("ids", heads.stream().map(Head::id).toList())
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("assessment_id"), k -> new ArrayList<>())
                            .add(new ApproachAssessment.Score(rs.getInt("criterion"), rs.getInt("score"), rs.getString("comment")));
                });
        return heads.stream().map(h -> new ApproachAssessment(h.id(), h.at(), h.by(), h.note(), h.total(),
                scores.getOrDefault(h.id(), List.of()))).toList();
    }

    /** What the catalog itself says about each criterion, as evidence next to the scores. */
    CatalogEvidence evidence(long organizationId) {
        return jdbc.sql("""
                select count(*) as processes,
                       count(*) filter (where level = 1) as top_level,
                       count(*) filter (where exists (select 1 from process_client c where c.process_id = p.id)) as with_clients,
                       count(*) filter (where exists (select 1 from process_indicator i where i.process_id = p.id)) as with_indicators,
                       count(*) filter (where exists (select 1 from process_resource r where r.process_id = p.id)) as with_resources,
                       count(*) filter (where owner_position_id is not null) as with_owner,
                       count(*) filter (where status = 'APPROVED') as approved,
                       (select count(*) from process_supplier s where s.organization_id = :org and s.source_process_id is not null) as relations
                from process p where p.organization_id = :org""")
                .param("org", organizationId).query(CatalogEvidence.class).single();
    }
}
