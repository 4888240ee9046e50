package org.uptake.competency.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MappingRepository {

    private final JdbcClient jdbc;

    MappingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select m.id, m.position_id, pos.title as position_title, m.standard_id, s.code as standard_code,
                   s.name as standard_name, s.activity_goal, s.job_titles, m.function_ids, m.position_goals, m.analysis_note,
                   m.goals_match, m.mandatory, m.mandatory_reason, m.legal_basis, m.version,
                   coalesce((select max(f.qualification_level) from standard_function f where f.id = any(m.function_ids)), 0)
                     as required_level
            from position_standard m join position pos on pos.id = m.position_id
              join professional_standard s on s.id = m.standard_id
            """;

    static Mapping mapping(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("mandatory_reason");
        return new Mapping(rs.getLong("id"), rs.getLong("position_id"), rs.getString("position_title"), rs.getLong("standard_id"),
                rs.getString("standard_code"), rs.getString("standard_name"), rs.getString("activity_goal"),
                StandardRepository.texts(rs, "job_titles"), StandardRepository.ids(rs, "function_ids"),
                rs.getString("position_goals"), rs.getString("analysis_note"), rs.getBoolean("goals_match"),
                rs.getBoolean("mandatory"), reason == null ? null : MandatoryReason.valueOf(reason), rs.getString("legal_basis"),
                rs.getInt("required_level"), rs.getInt("version"));
    }

    Optional<Mapping> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where m.organization_id = ? and m.id = ?").params(organizationId, id)
                .query(MappingRepository::mapping).optional();
    }

    List<Mapping> forStandard(long organizationId, long standardId) {
        return jdbc.sql(SELECT + " where m.organization_id = ? and m.standard_id = ? order by lower(pos.title), m.id")
                .params(organizationId, standardId).query(MappingRepository::mapping).list();
    }

    List<Mapping> forPosition(long organizationId, long positionId) {
        return jdbc.sql(SELECT + " where m.organization_id = ? and m.position_id = ? order by s.code")
                .params(organizationId, positionId).query(MappingRepository::mapping).list();
    }

    boolean exists(long organizationId, long positionId, long standardId) {
        return jdbc.sql("select exists (select 1 from position_standard where organization_id = ? and position_id = ? and standard_id = ?)")
                .params(organizationId, positionId, standardId).query(Boolean.class).single();
    }

    long insert(long organizationId, long standardId, MappingForm f, List<Long> functionIds) {
        return jdbc.sql("""
                insert into position_standard (organization_id, position_id, standard_id, function_ids, position_goals,
                    analysis_note, goals_match, mandatory, mandatory_reason, legal_basis)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, f.getPositionId(), standardId, functionIds.toArray(Long[]::new), f.getPositionGoals(),
                        f.getAnalysisNote(), f.isGoalsMatch(), f.isMandatory(), reason(f), f.getLegalBasis())
                .query(Long.class).single();
    }

    int update(long organizationId, long id, MappingForm f, List<Long> functionIds) {
        return jdbc.sql("""
                update position_standard set function_ids = ?, position_goals = ?, analysis_note = ?, goals_match = ?,
                    mandatory = ?, mandatory_reason = ?, legal_basis = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(functionIds.toArray(Long[]::new), f.getPositionGoals(), f.getAnalysisNote(), f.isGoalsMatch(),
                        f.isMandatory(), reason(f), f.getLegalBasis(), organizationId, id, f.getVersion())
                .update();
    }

    private static String reason(MappingForm f) {
        return f.isMandatory() && f.getMandatoryReason() != null ? f.getMandatoryReason().name() : null;
    }

    int delete(long organizationId, long id, int version) {
        return jdbc.sql("delete from position_standard where organization_id = ? and id = ? and version = ?")
                .params(organizationId, id, version).update();
    }

    /** Every mapping with its holders and how many of them passed their latest attestation, in one query. */
    List<ComplianceRow> compliance(long organizationId) {
        return jdbc.sql("""
                with rows as (""" + SELECT + """
                  where m.organization_id = :org)
                select r.*, coalesce(h.holders, 0) as holders, coalesce(h.attested, 0) as attested, coalesce(h.met, 0) as met
                from rows r left join lateral (
                  select count(*) as holders, count(a.person_id) as attested,
                         count(*) filter (where a.attained_level >= r.required_level and cardinality(a.unmet_function_ids) = 0) as met
                  from person p
                  left join lateral (select x.person_id, x.attained_level, x.unmet_function_ids from attestation x
                                     where x.position_standard_id = r.id and x.person_id = p.id
                                     order by x.held_on desc, x.id desc limit 1) a on true
                  where p.organization_id = :org and p.position_id = r.position_id and p.employment_status <> 'LEFT') h on true
                order by lower(r.position_title), r.standard_code""")
                .param("org", organizationId)
                .query((rs, n) -> new ComplianceRow(mapping(rs, n), rs.getInt("holders"), rs.getInt("attested"), rs.getInt("met")))
                .list();
    }

    void insertTitleChange(long organizationId, long positionId, String oldTitle, String newTitle, String documentsJson,
                           String byName) {
        jdbc.sql("""
                insert into title_change (organization_id, position_id, old_title, new_title, documents, changed_by_name)
                values (?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(organizationId, positionId, oldTitle, newTitle, documentsJson, byName).update();
    }

    List<TitleChange> titleChanges(long organizationId, long positionId) {
        return jdbc.sql("""
                select id, position_id, old_title, new_title, documents::text as documents, changed_by_name, changed_at
                from title_change where organization_id = ? and position_id = ? order by changed_at desc, id desc limit 50""")
                .params(organizationId, positionId)
                .query((rs, n) -> new TitleChange(rs.getLong("id"), rs.getLong("position_id"), rs.getString("old_title"),
                        rs.getString("new_title"), documents(rs.getString("documents")), rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant())).list();
    }

    /** The stored list is a JSON array of document codes; only those codes ever go in. */
    private static List<String> documents(String json) {
        String inner = json.replaceAll("[\\[\\]\" ]", "");
        return inner.isEmpty() ? List.of() : List.of(inner.split(","));
    }
}
