package org.uptake.engagement.survey;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

/** Surveys, their questions and audience; every query is scoped by the organisation. */
@Repository
class SurveyRepository {

    private static final String COLUMNS = """
            id, organization_id, program_id, kind, title, intro, anonymous, status, series_id, version_number, previous_id,
            closes_at, opened_at, closed_at, invited, answered, version""";

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Survey> find(long org, long id) {
        return jdbc.sql("select " + COLUMNS + " from survey where organization_id = ? and id = ?")
                .params(org, id).query(SurveyRepository::survey).optional();
    }

    /** Newest first, keyset by id; {@code programId} null means every program. */
    List<SurveyRow> page(long org, Long programId, PageRequest request) {
        Cursor after = request.cursor();
        return jdbc.sql("""
                select s.id, s.program_id, p.name as program_name, s.kind, s.title, s.anonymous, s.status, s.version_number,
                       s.closes_at, s.opened_at, s.invited, s.answered
                from survey s join program p on p.id = s.program_id
                where s.organization_id = :org and (cast(:program as bigint) is null or s.program_id = :program)
                  and (cast(:after as bigint) is null or s.id < :after)
                  and (cast(:like as text) is null or lower(s.title) like lower(:like))
                order by s.id desc limit :limit""")
                .param("org", org).param("program", programId).param("after", after == null ? null : after.id())
                .param("like", request.likePattern()).param("limit", request.size() + 1)
                .query(SurveyRow.class).list();
    }

    long insert(long org, long programId, SurveyForm form, Long seriesId, int versionNumber, Long previousId, long userId) {
        long id = jdbc.sql("""
                insert into survey (organization_id, program_id, kind, title, intro, anonymous, closes_at, series_id,
                                    version_number, previous_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, programId, form.getKind().name(), form.getTitle(), form.getIntro(), form.isAnonymous(),
                        ts(form.getClosesAt()), seriesId, versionNumber, previousId, userId)
                .query(Long.class).single();
        if (seriesId == null) {
            jdbc.sql("update survey set series_id = id where id = ?").param(id).update();
        }
        return id;
    }

    int update(long org, long id, SurveyForm form) {
        return jdbc.sql("""
                update survey set title = ?, intro = ?, anonymous = ?, closes_at = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(form.getTitle(), form.getIntro(), form.isAnonymous(), ts(form.getClosesAt()), org, id, form.getVersion())
                .update();
    }

    int bump(long org, long id, int version) {
        return jdbc.sql("update survey set version = version + 1, updated_at = now() where organization_id = ? and id = ? and version = ?")
                .params(org, id, version).update();
    }

    int open(long org, long id, int version, int invited) {
        return jdbc.sql("""
                update survey set status = 'OPEN', opened_at = now(), invited = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'DRAFT'""")
                .params(invited, org, id, version).update();
    }

    int close(long org, long id, int version) {
        return jdbc.sql("""
                update survey set status = 'CLOSED', closed_at = now(), version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ? and status = 'OPEN'""")
                .params(org, id, version).update();
    }

    void setInvited(long org, long id, int invited) {
        jdbc.sql("update survey set invited = ? where organization_id = ? and id = ?").params(invited, org, id).update();
    }

    int delete(long org, long id, int version) {
        return jdbc.sql("delete from survey where organization_id = ? and id = ? and version = ? and status = 'DRAFT'")
                .params(org, id, version).update();
    }

    List<Question> questions(long org, long surveyId) {
        return jdbc.sql("""
                select id, position, type, text, options, required, readiness from survey_question
                where organization_id = ? and survey_id = ? order by position""")
                .params(org, surveyId).query((rs, n) -> question(rs)).list();
    }

    void replaceQuestions(long org, long surveyId, List<QuestionForm> questions) {
        jdbc.sql("delete from survey_question where organization_id = ? and survey_id = ?").params(org, surveyId).update();
        int position = 1;
        for (QuestionForm q : questions) {
            jdbc.sql("""
                    insert into survey_question (organization_id, survey_id, position, type, text, options, required, readiness)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(org, surveyId, position++, q.getType().name(), q.getText(),
                            q.getType().hasOptions() ? q.getOptions().toArray(String[]::new) : new String[0],
                            q.isRequired(), q.isReadiness() && q.getType() == QuestionType.SCALE)
                    .update();
        }
    }

    boolean hasAnswers(long org, long surveyId) {
        return jdbc.sql("select exists (select 1 from survey_response where organization_id = ? and survey_id = ?)")
                .params(org, surveyId).query(Boolean.class).single();
    }

    List<SurveyView.Target> audience(long org, long surveyId) {
        return jdbc.sql("""
                select a.kind, a.target_id as id,
                       coalesce(u.name, p.title, w.name) as name
                from survey_audience a
                left join unit u on a.kind = 'UNIT' and u.id = a.target_id
                left join position p on a.kind = 'POSITION' and p.id = a.target_id
                left join rollout_wave w on a.kind = 'WAVE' and w.id = a.target_id
                where a.organization_id = ? and a.survey_id = ? order by a.kind, name""")
                .params(org, surveyId).query(SurveyView.Target.class).list();
    }

    void replaceAudience(long org, long surveyId, Audience audience) {
        jdbc.sql("delete from survey_audience where organization_id = ? and survey_id = ?").params(org, surveyId).update();
        insertTargets(org, surveyId, "UNIT", audience.unitIds());
        insertTargets(org, surveyId, "POSITION", audience.positionIds());
        insertTargets(org, surveyId, "WAVE", audience.waveIds());
    }

    private void insertTargets(long org, long surveyId, String kind, List<Long> ids) {
        for (Long id : ids.stream().distinct().toList()) {
            jdbc.sql("insert into survey_audience (organization_id, survey_id, kind, target_id) values (?, ?, ?, ?)")
                    .params(org, surveyId, kind, id).update();
        }
    }

    /** How many of the ids are units (or positions) of the organisation; a foreign or unknown id is missing. */
    int countKnown(long org, String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String sql = switch (table) {
            case "unit" -> "select count(*) from unit where organization_id = :org and id in (:ids)";
            case "position" -> "select count(*) from position where organization_id = :org and id in (:ids)";
            default -> throw new IllegalArgumentException(table);
        };
        return jdbc.sql(sql).param("org", org).param("ids", ids.stream().distinct().toList()).query(Integer.class).single();
    }

    /** Latest versions of surveys that use this one as previous, so a second "new version" is refused. */
    boolean hasNextVersion(long org, long surveyId) {
        return jdbc.sql("select exists (select 1 from survey where organization_id = ? and previous_id = ?)")
                .params(org, surveyId).query(Boolean.class).single();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Survey survey(ResultSet rs, int n) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getLong("organization_id"), rs.getLong("program_id"),
                SurveyKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("intro"),
                rs.getBoolean("anonymous"), SurveyStatus.valueOf(rs.getString("status")), rs.getObject("series_id", Long.class),
                rs.getInt("version_number"), rs.getObject("previous_id", Long.class), instant(rs, "closes_at"),
                instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getInt("invited"), rs.getInt("answered"),
                rs.getInt("version"));
    }

    private static Question question(ResultSet rs) throws SQLException {
        Array options = rs.getArray("options");
        return new Question(rs.getLong("id"), rs.getInt("position"), QuestionType.valueOf(rs.getString("type")),
                rs.getString("text"), options == null ? List.of() : List.of((String[]) options.getArray()),
                rs.getBoolean("required"), rs.getBoolean("readiness"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
