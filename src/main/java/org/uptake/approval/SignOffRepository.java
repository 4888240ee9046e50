package org.uptake.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.approval.event.SignOffCondition;

/** The sign-off tables: requests, steps and approvers per round, conditions and the thread. */
@Repository
class SignOffRepository {

    private static final String COLUMNS = """
            s.id, s.organization_id, s.subject_type, s.subject_id, s.title, s.description, s.link_path, s.unit_id,
            s.requested_by_user_id, s.requester_person_id, s.requester_name, s.status, s.round, s.current_step,
            s.due_on, s.stale, s.stale_reason, s.stale_at, s.created_at, s.decided_at, s.version""";

    private final JdbcClient jdbc;

    SignOffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignOff> find(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from sign_off s where s.organization_id = ? and s.id = ?")
                .params(organizationId, id).query(SignOff.class).optional();
    }

    /** Locks the request so that two decisions arriving together are tallied one after the other. */
    Optional<SignOff> lock(long organizationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from sign_off s where s.organization_id = ? and s.id = ? for update")
                .params(organizationId, id).query(SignOff.class).optional();
    }

    List<SignOff> forSubject(long organizationId, String subjectType, long subjectId, int limit) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from sign_off s where s.organization_id = ? and s.subject_type = ? and s.subject_id = ?
                 order by s.id desc limit ?""")
                .params(organizationId, subjectType, subjectId, limit).query(SignOff.class).list();
    }

    /** The latest request of each subject, in one query however many subjects a board shows. */
    List<SignOff> latestForSubjects(long organizationId, String subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct on (s.subject_id) " + COLUMNS + "\n" + """
                 from sign_off s where s.organization_id = :org and s.subject_type = :type and s.subject_id in (:ids)
                 order by s.subject_id, s.id desc""")
                .param("org", organizationId).param("type", subjectType).param("ids", subjectIds)
                .query(SignOff.class).list();
    }

    Optional<String> unitPath(long organizationId, Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select path from unit where organization_id = ? and id = ?")
                .params(organizationId, unitId).query(String.class).optional();
    }

    Optional<String> unitName(long organizationId, Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select name from unit where organization_id = ? and id = ?")
                .params(organizationId, unitId).query(String.class).optional();
    }

    long insert(long organizationId, SignOffDraft d, Long userId, Long personId, String requesterName) {
        return jdbc.sql("""
                insert into sign_off (organization_id, subject_type, subject_id, title, description, link_path, unit_id,
                                      requested_by_user_id, requester_person_id, requester_name, due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, d.subjectType(), d.subjectId(), d.title(), d.description(), d.linkPath(),
                        d.unitId(), userId, personId, requesterName, d.dueOn())
                .query(Long.class).single();
    }

    long insertStep(long organizationId, long signOffId, int round, int ordinal, String name, ApprovalRule rule,
                    int quorum) {
        return jdbc.sql("""
                insert into sign_off_step (organization_id, sign_off_id, round, ordinal, name, rule, quorum)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, signOffId, round, ordinal, name, rule.name(), quorum)
                .query(Long.class).single();
    }

    void insertApprover(long organizationId, long signOffId, long stepId, int round, long personId) {
        jdbc.sql("""
                insert into sign_off_approver (organization_id, sign_off_id, step_id, round, person_id)
                values (?, ?, ?, ?, ?)""")
                .params(organizationId, signOffId, stepId, round, personId).update();
    }

    /** Copies the steps and approvers of one round into the next, undecided, all waiting. */
    void copyRound(long organizationId, long signOffId, int from) {
        jdbc.sql("""
                insert into sign_off_step (organization_id, sign_off_id, round, ordinal, name, rule, quorum)
                select organization_id, sign_off_id, round + 1, ordinal, name, rule, quorum
                from sign_off_step where sign_off_id = ? and round = ? order by ordinal""")
                .params(signOffId, from).update();
        jdbc.sql("""
                insert into sign_off_approver (organization_id, sign_off_id, step_id, round, person_id)
                select a.organization_id, a.sign_off_id, n.id, a.round + 1, a.person_id
                from sign_off_approver a
                join sign_off_step o on o.id = a.step_id
                join sign_off_step n on n.sign_off_id = o.sign_off_id and n.round = o.round + 1 and n.ordinal = o.ordinal
                where a.sign_off_id = ? and a.round = ? order by a.id""")
                .params(signOffId, from).update();
    }

    /** Bumps the version if the caller saw the current one; 0 rows means someone else changed the request. */
    int touch(long organizationId, long id, int version) {
        return jdbc.sql("""
                update sign_off set version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(organizationId, id, version).update();
    }

    void setProgress(long id, SignOffStatus status, int round, Integer currentStep, boolean closed) {
        jdbc.sql("""
                update sign_off set status = ?, round = ?, current_step = ?, decided_at = case when ? then now() end,
                       updated_at = now() where id = ?""")
                .params(status.name(), round, currentStep, closed, id).update();
    }

    void clearStale(long id) {
        jdbc.sql("update sign_off set stale = false, stale_reason = null, stale_at = null where id = ?").param(id).update();
    }

    void setStale(long id, String reason) {
        jdbc.sql("update sign_off set stale = true, stale_reason = ?, stale_at = now(), updated_at = now() where id = ?")
                .params(reason, id).update();
    }

    void setStepStatus(long stepId, String status) {
        jdbc.sql("""
                update sign_off_step set status = ?,
                       opened_at = case when ? = 'OPEN' then now() else opened_at end,
                       decided_at = case when ? in ('APPROVED', 'REJECTED') then now() else decided_at end
                where id = ?""")
                .params(status, status, status, stepId).update();
    }

    /** Closes the steps of the round that were never reached or are still open (a rejection or a cancellation). */
    void closeRemainingSteps(long signOffId, int round) {
        jdbc.sql("update sign_off_step set status = 'CLOSED' where sign_off_id = ? and round = ? and status in ('WAITING', 'OPEN')")
                .params(signOffId, round).update();
    }

    List<StepRow> steps(long signOffId) {
        return jdbc.sql("""
                select id, round, ordinal, name, rule, quorum, status, opened_at, decided_at
                from sign_off_step where sign_off_id = ? order by round desc, ordinal""")
                .param(signOffId).query(StepRow.class).list();
    }

    record StepRow(long id, int round, int ordinal, String name, ApprovalRule rule, int quorum, String status,
                   Instant openedAt, Instant decidedAt) {
    }

    List<ApproverRow> approvers(long signOffId) {
        return jdbc.sql("""
                select a.id, a.step_id, a.round, a.person_id, p.full_name as name, p.email,
                       exists (select 1 from user_account ua where ua.person_id = a.person_id and ua.status = 'ACTIVE') as can_sign_in,
                       a.decision, a.decided_at, a.acting_person_id, ap.full_name as acting_name, a.comment
                from sign_off_approver a
                join person p on p.id = a.person_id
                left join person ap on ap.id = a.acting_person_id
                where a.sign_off_id = ? order by a.round desc, a.step_id, lower(p.full_name), a.id""")
                .param(signOffId).query(ApproverRow.class).list();
    }

    record ApproverRow(long id, long stepId, int round, long personId, String name, String email, boolean canSignIn,
                       SignOffDecision decision, Instant decidedAt, Long actingPersonId, String actingName,
                       String comment) {
    }

    void decide(long approverId, SignOffDecision decision, Long userId, Long actingPersonId, String comment) {
        jdbc.sql("""
                update sign_off_approver set decision = ?, decided_at = now(), decided_by_user_id = ?,
                       acting_person_id = ?, comment = ? where id = ? and decision is null""")
                .params(decision.name(), userId, actingPersonId, comment, approverId).update();
    }

    void insertCondition(long organizationId, long signOffId, long approverId, int ordinal, String text) {
        jdbc.sql("""
                insert into sign_off_condition (organization_id, sign_off_id, approver_id, ordinal, text)
                values (?, ?, ?, ?, ?)""")
                .params(organizationId, signOffId, approverId, ordinal, text).update();
    }

    /** The conditions of every round, each with the approver place it belongs to. */
    List<ConditionRow> conditions(long signOffId) {
        return jdbc.sql("""
                select c.id, a.round, a.person_id as approver_person_id, p.full_name as approver_name,
                       a.acting_person_id, c.text, a.id as approver_id
                from sign_off_condition c
                join sign_off_approver a on a.id = c.approver_id
                join person p on p.id = a.person_id
                where c.sign_off_id = ? order by a.round desc, a.id, c.ordinal""")
                .param(signOffId)
                .query((rs, n) -> new ConditionRow(rs.getLong("approver_id"), new SignOffCondition(rs.getLong("id"),
                        rs.getInt("round"), rs.getLong("approver_person_id"), rs.getString("approver_name"),
                        rs.getObject("acting_person_id", Long.class), rs.getString("text"))))
                .list();
    }

    record ConditionRow(long approverId, SignOffCondition condition) {
    }

    void insertComment(long organizationId, long signOffId, int round, String kind, Long userId, Long personId,
                       String authorName, String onBehalfOf, String body) {
        jdbc.sql("""
                insert into sign_off_comment (organization_id, sign_off_id, round, kind, author_user_id, author_person_id,
                                              author_name, on_behalf_of, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organizationId, signOffId, round, kind, userId, personId, authorName, onBehalfOf, body).update();
    }

    List<SignOffView.Comment> comments(long signOffId, int limit) {
        return jdbc.sql("""
                select id, round, kind, author_name, on_behalf_of, body, created_at as at from sign_off_comment
                where sign_off_id = ? order by id limit ?""")
                .params(signOffId, limit).query(SignOffView.Comment.class).list();
    }

    /**
     * Whether the person or account requested the request, is one of its approvers (in any round),
     * decided as a delegate, or may decide today for one of its approvers.
     */
    boolean involves(long signOffId, long personId, long userId, LocalDate today) {
        return jdbc.sql("""
                select exists (select 1 from sign_off s where s.id = :id
                                 and (s.requester_person_id = :person or s.requested_by_user_id = :user))
                    or exists (select 1 from sign_off_approver a where a.sign_off_id = :id
                                 and (a.person_id = :person or a.acting_person_id = :person))
                    or exists (select 1 from sign_off_delegation d
                               join sign_off_approver a on a.sign_off_id = :id and a.person_id = d.from_person_id
                               where d.to_person_id = :person and d.revoked_at is null
                                 and (d.sign_off_id = :id or (d.sign_off_id is null and d.starts_on <= :today and d.ends_on >= :today)))""")
                .param("id", signOffId).param("person", personId).param("user", userId).param("today", today)
                .query(Boolean.class).single();
    }

    /** Whether the account can still act: it exists and is active (a deactivated account cannot sign off). */
    boolean accountActive(long userId) {
        return jdbc.sql("select exists (select 1 from user_account where id = ? and status = 'ACTIVE')")
                .param(userId).query(Boolean.class).single();
    }

    /** The people of the organisation among the ids who are current (not left), with their names. */
    List<Named> currentPeople(long organizationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, full_name as name from person
                where organization_id = :org and id in (:ids) and employment_status <> 'LEFT'""")
                .param("org", organizationId).param("ids", personIds).query(Named.class).list();
    }

    record Named(long id, String name) {
    }

    /** Current people whose name, e-mail or number contains the text (the trigram index), by name. */
    List<PersonChoice> candidates(long organizationId, String pattern, int limit) {
        String filter = pattern == null ? ""
                : " and lower(p.full_name || ' ' || coalesce(p.email, '') || ' ' || coalesce(p.employee_number, '')) like lower(:pattern)";
        var sql = jdbc.sql(CANDIDATE + " where p.organization_id = :org and p.employment_status <> 'LEFT'" + filter
                        + " order by lower(p.full_name), p.id limit :limit")
                .param("org", organizationId).param("limit", limit);
        return (pattern == null ? sql : sql.param("pattern", pattern)).query(PersonChoice.class).list();
    }

    List<PersonChoice> choices(long organizationId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CANDIDATE + " where p.organization_id = :org and p.id in (:ids) order by lower(p.full_name), p.id")
                .param("org", organizationId).param("ids", ids).query(PersonChoice.class).list();
    }

    private static final String CANDIDATE = """
            select p.id, p.full_name as name, u.name as unit_name,
                   exists (select 1 from user_account a where a.person_id = p.id and a.status = 'ACTIVE') as can_sign_in
            from person p left join unit u on u.id = p.unit_id
            """;
}
