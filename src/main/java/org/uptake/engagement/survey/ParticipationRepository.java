package org.uptake.engagement.survey;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is invited and has answered (participation), and what was answered (responses and answers). The
 * two halves share only the survey: a response carries a random id, the unit, the role and the week.
 */
@Repository
class ParticipationRepository {

    private static final List<Long> NONE = List.of(-1L);

    private final JdbcClient jdbc;

    ParticipationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Invites the active people in the places (units with their subtrees) and/or positions, each once,
     * with their role: a supervisor heads or acts for a unit or manages someone. Returns how many are invited now.
     */
    int invite(long org, long surveyId, List<Long> placeUnitIds, List<Long> positionIds) {
        jdbc.sql("""
                insert into survey_participation (organization_id, survey_id, person_id, unit_id, respondent_role)
                select p.organization_id, :survey, p.id, p.unit_id,
                       case when exists (select 1 from unit h where h.head_person_id = p.id or h.acting_head_person_id = p.id)
                              or exists (select 1 from person m where m.manager_id = p.id and m.employment_status <> 'LEFT')
                            then 'SUPERVISOR' else 'EMPLOYEE' end
                from person p
                where p.organization_id = :org and p.employment_status <> 'LEFT'
                  and (:anyPlace or p.unit_id in (select u.id from unit t join unit u on u.organization_id = t.organization_id
                                                   and u.path like t.path || '%'
                                                 where t.organization_id = :org and t.id in (:places)))
                  and (:anyPosition or p.position_id in (:positions))
                on conflict do nothing""")
                .param("survey", surveyId).param("org", org)
                .param("anyPlace", placeUnitIds.isEmpty()).param("places", placeUnitIds.isEmpty() ? NONE : placeUnitIds)
                .param("anyPosition", positionIds.isEmpty()).param("positions", positionIds.isEmpty() ? NONE : positionIds)
                .update();
        return jdbc.sql("select count(*) from survey_participation where organization_id = ? and survey_id = ?")
                .params(org, surveyId).query(Integer.class).single();
    }

    record Claim(Long unitId, RespondentRole role) {
    }

    /** Marks the person as having answered, once: empty when not invited or already answered. */
    Optional<Claim> claim(long org, long surveyId, long personId) {
        return jdbc.sql("""
                update survey_participation set answered = true
                where organization_id = ? and survey_id = ? and person_id = ? and not answered
                returning unit_id, respondent_role""")
                .params(org, surveyId, personId)
                .query((rs, n) -> new Claim(rs.getObject("unit_id", Long.class), RespondentRole.valueOf(rs.getString("respondent_role"))))
                .optional();
    }

    boolean invited(long org, long surveyId, long personId) {
        return jdbc.sql("select exists (select 1 from survey_participation where organization_id = ? and survey_id = ? and person_id = ?)")
                .params(org, surveyId, personId).query(Boolean.class).single();
    }

    boolean claimed(long org, long surveyId, long personId) {
        return jdbc.sql("select exists (select 1 from survey_participation where organization_id = ? and survey_id = ? and person_id = ? and answered)")
                .params(org, surveyId, personId).query(Boolean.class).single();
    }

    List<MySurvey> mine(long org, long personId, boolean openOnly, int limit) {
        return jdbc.sql("""
                select s.id, s.title, s.program_id, p.name as program_name, s.anonymous, s.closes_at, sp.answered,
                       (s.status = 'OPEN' and (s.closes_at is null or s.closes_at > now())) as open
                from survey_participation sp
                join survey s on s.id = sp.survey_id
                join program p on p.id = s.program_id
                where sp.organization_id = :org and sp.person_id = :person and s.status <> 'DRAFT'
                  and (not :openOnly or (not sp.answered and s.status = 'OPEN' and (s.closes_at is null or s.closes_at > now())))
                order by open desc, s.id desc limit :limit""")
                .param("org", org).param("person", personId).param("openOnly", openOnly).param("limit", limit)
                .query(MySurvey.class).list();
    }

    UUID insertResponse(long org, long surveyId, Long unitId, RespondentRole role) {
        return jdbc.sql("""
                insert into survey_response (organization_id, survey_id, unit_id, respondent_role, week)
                values (?, ?, ?, ?, date_trunc('week', now() at time zone 'UTC')::date) returning id""")
                .params(org, surveyId, unitId, role.name()).query(UUID.class).single();
    }

    void insertAnswer(UUID responseId, long surveyId, long questionId, Integer scale, Integer choice, String text) {
        jdbc.sql("insert into survey_answer (response_id, survey_id, question_id, scale, choice, text_value) values (?, ?, ?, ?, ?, ?)")
                .params(responseId, surveyId, questionId, scale, choice, text).update();
    }

    void insertAuthor(long org, long surveyId, UUID responseId, long personId) {
        jdbc.sql("insert into survey_response_author (response_id, organization_id, survey_id, person_id) values (?, ?, ?, ?)")
                .params(responseId, org, surveyId, personId).update();
    }

    void countAnswered(long org, long surveyId) {
        jdbc.sql("update survey set answered = answered + 1 where organization_id = ? and id = ?").params(org, surveyId).update();
    }

    /**
     * Rewrites both halves of an anonymous survey in one statement each, so that the rows no longer carry
     * the transaction ids and physical order of the moments people answered (docs/adr/0015).
     */
    void scrub(long org, long surveyId) {
        jdbc.sql("update survey_participation set answered = answered where organization_id = ? and survey_id = ?")
                .params(org, surveyId).update();
        jdbc.sql("update survey_response set week = week where organization_id = ? and survey_id = ?").params(org, surveyId).update();
        jdbc.sql("update survey_answer set scale = scale where survey_id = ?").params(surveyId).update();
    }

    /** A named response with its author, for heads (their units) and the person themselves. */
    record NamedAnswer(UUID responseId, long personId, String personName, Long unitId, String unitPath, RespondentRole role,
                       Timestamp answeredAt, long questionId, Integer scale, Integer choice, String text) {
    }

    /** Named answers of the survey, limited to units under the path prefixes (null = all) or to one person. */
    List<NamedAnswer> namedAnswers(long org, long surveyId, List<String> pathPrefixes, Long personId, int limit) {
        return jdbc.sql("""
                select r.id as response_id, au.person_id, pe.full_name as person_name, r.unit_id, u.path as unit_path,
                       r.respondent_role as role, au.answered_at, a.question_id, a.scale, a.choice, a.text_value as text
                from survey_response_author au
                join survey_response r on r.id = au.response_id
                join person pe on pe.id = au.person_id
                left join unit u on u.id = r.unit_id
                join survey_answer a on a.response_id = r.id
                where au.organization_id = :org and au.survey_id = :survey
                  and (cast(:person as bigint) is null or au.person_id = :person)
                  and (:all or exists (select 1 from unnest(cast(:prefixes as text[])) pf where u.path like pf || '%'))
                order by pe.full_name, au.person_id, a.question_id, a.choice
                limit :limit""")
                .param("org", org).param("survey", surveyId).param("person", personId)
                .param("all", pathPrefixes == null).param("prefixes", pathPrefixes == null ? new String[0] : pathPrefixes.toArray(String[]::new))
                .param("limit", limit)
                .query(NamedAnswer.class).list();
    }
}
