package org.uptake.engagement.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The aggregates behind results and the readiness signal: a handful of grouped queries, whatever the number of units. */
@Repository
class ResultsRepository {

    private final JdbcClient jdbc;

    ResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record GroupRow(long surveyId, Long unitId, RespondentRole role, int respondents, long readinessSum, long readinessCount) {
    }

    /** Respondents and readiness answers per survey, unit and role. */
    List<GroupRow> groups(long org, Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with resp as (
                    select survey_id, unit_id, respondent_role, count(*) as n
                    from survey_response where organization_id = :org and survey_id in (:surveys)
                    group by survey_id, unit_id, respondent_role),
                ans as (
                    select r.survey_id, r.unit_id, r.respondent_role, sum(a.scale) as s, count(a.scale) as c
                    from survey_answer a
                    join survey_question q on q.id = a.question_id and q.readiness
                    join survey_response r on r.id = a.response_id
                    where a.survey_id in (:surveys) and r.organization_id = :org
                    group by r.survey_id, r.unit_id, r.respondent_role)
                select resp.survey_id, resp.unit_id, resp.respondent_role as role, resp.n as respondents,
                       coalesce(ans.s, 0) as readiness_sum, coalesce(ans.c, 0) as readiness_count
                from resp left join ans on ans.survey_id = resp.survey_id and ans.unit_id is not distinct from resp.unit_id
                     and ans.respondent_role = resp.respondent_role""")
                .param("org", org).param("surveys", surveyIds)
                .query(GroupRow.class).list();
    }

    record InvitedRow(long surveyId, Long unitId, int invited) {
    }

    List<InvitedRow> invited(long org, Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select survey_id, unit_id, count(*) as invited from survey_participation
                where organization_id = :org and survey_id in (:surveys) group by survey_id, unit_id""")
                .param("org", org).param("surveys", surveyIds).query(InvitedRow.class).list();
    }

    List<UnitTree.Node> units(long org) {
        return jdbc.sql("select id, parent_id, path, name from unit where organization_id = ?")
                .param(org).query(UnitTree.Node.class).list();
    }

    record AnswerCount(long questionId, Long unitId, RespondentRole role, Integer scale, Integer choice, int answers) {
    }

    /** How often each scale value or option was chosen, per question, unit and role. */
    List<AnswerCount> answerCounts(long org, long surveyId) {
        return jdbc.sql("""
                select a.question_id, r.unit_id, r.respondent_role as role, a.scale, a.choice, count(*) as answers
                from survey_answer a join survey_response r on r.id = a.response_id
                where a.survey_id = ? and r.organization_id = ? and a.text_value is null
                group by a.question_id, r.unit_id, r.respondent_role, a.scale, a.choice""")
                .params(surveyId, org).query(AnswerCount.class).list();
    }

    record TextAnswer(long questionId, Long unitId, RespondentRole role, String text) {
    }

    /** Text answers in alphabetical order, never in the order they came in. */
    List<TextAnswer> texts(long org, long surveyId, int limit) {
        return jdbc.sql("""
                select a.question_id, r.unit_id, r.respondent_role as role, a.text_value as text
                from survey_answer a join survey_response r on r.id = a.response_id
                where a.survey_id = ? and r.organization_id = ? and a.text_value is not null
                order by a.question_id, a.text_value limit ?""")
                .params(surveyId, org, limit).query(TextAnswer.class).list();
    }

    record WeekRow(Long unitId, LocalDate week, int responses) {
    }

    List<WeekRow> weeks(long org, long surveyId) {
        return jdbc.sql("""
                select unit_id, week, count(*) as responses from survey_response
                where organization_id = ? and survey_id = ? group by unit_id, week order by week""")
                .params(org, surveyId).query(WeekRow.class).list();
    }

    record Run(long id, String title, int versionNumber, boolean anonymous, java.time.Instant openedAt) {
    }

    /** The program's opened surveys of a kind, oldest first: the points of "over time". */
    List<Run> runs(long org, long programId, SurveyKind kind) {
        return jdbc.sql("""
                select id, title, version_number, anonymous, opened_at from survey
                where organization_id = ? and program_id = ? and kind = ? and status <> 'DRAFT'
                order by opened_at, id""")
                .params(org, programId, kind.name()).query(Run.class).list();
    }
}
