package org.uptake.approval.notify;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the e-mails need: the request in a few words, and the people to write to in their language. */
@Repository
class NotifyRepository {

    private static final String RECIPIENT = """
            select p.id, p.full_name as name, p.email,
                   coalesce(ua.language, p.language, o.default_language) as language
            from person p
            join organization o on o.id = p.organization_id
            left join user_account ua on ua.person_id = p.id
            """;

    private final JdbcClient jdbc;

    NotifyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Summary> summary(long signOffId) {
        return jdbc.sql("""
                select s.id, s.organization_id, s.title, s.description, s.link_path, s.due_on, s.round,
                       s.requester_person_id, s.requester_name, st.name as step_name, st.ordinal as step_ordinal
                from sign_off s
                left join sign_off_step st on st.sign_off_id = s.id and st.round = s.round and st.ordinal = s.current_step
                where s.id = ?""")
                .param(signOffId).query(Summary.class).optional();
    }

    record Summary(long id, long organizationId, String title, String description, String linkPath, LocalDate dueOn,
                   int round, Long requesterPersonId, String requesterName, String stepName, Integer stepOrdinal) {
    }

    /** The people with an e-mail address among the ids. */
    List<Recipient> recipients(long organizationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RECIPIENT + " where p.organization_id = :org and p.id in (:ids) and p.email is not null")
                .param("org", organizationId).param("ids", personIds).query(Recipient.class).list();
    }

    record Recipient(long id, String name, String email, String language) {
    }

    Map<Long, String> names(long organizationId, Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select id, full_name from person where organization_id = :org and id in (:ids)")
                    .param("org", organizationId).param("ids", personIds)
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("full_name"));
                    });
        }
        return names;
    }

    /** Approvers of the round who were asked (their step had opened) and had not decided. */
    List<Long> undecidedInRound(long signOffId, int round) {
        return jdbc.sql("""
                select a.person_id from sign_off_approver a
                join sign_off_step st on st.id = a.step_id
                where a.sign_off_id = ? and a.round = ? and a.decision is null and st.opened_at is not null""")
                .params(signOffId, round).query(Long.class).list();
    }

    /** The undecided approvers of the request's open step. */
    List<Long> waitingApprovers(long signOffId) {
        return jdbc.sql("""
                select a.person_id from sign_off_approver a
                join sign_off_step st on st.id = a.step_id and st.status = 'OPEN'
                where a.sign_off_id = ? and a.decision is null""")
                .param(signOffId).query(Long.class).list();
    }

    /**
     * Open requests past their due day (in the organisation's time zone) not escalated within the
     * interval, locked so that a second node or run skips them rather than mailing twice.
     */
    List<Long> claimOverdue(Duration interval, int limit) {
        return jdbc.sql("""
                select s.id from sign_off s
                join organization o on o.id = s.organization_id
                where s.status = 'OPEN' and s.due_on is not null
                  and s.due_on < cast(now() at time zone o.default_time_zone as date)
                  and (s.last_escalated_at is null or s.last_escalated_at <= now() - cast(? as interval))
                order by s.id limit ?
                for update of s skip locked""")
                .params(interval.toSeconds() + " seconds", limit).query(Long.class).list();
    }

    /** Each late approver of the open step with their manager (when they have a current one). */
    List<LateApprover> lateApprovers(long signOffId) {
        return jdbc.sql("""
                select a.person_id, p.full_name as approver_name, m.id as manager_id
                from sign_off_approver a
                join sign_off_step st on st.id = a.step_id and st.status = 'OPEN'
                join person p on p.id = a.person_id
                left join person m on m.id = p.manager_id and m.employment_status <> 'LEFT'
                where a.sign_off_id = ? and a.decision is null
                order by lower(p.full_name), a.id""")
                .param(signOffId).query(LateApprover.class).list();
    }

    record LateApprover(long personId, String approverName, Long managerId) {
    }

    void markEscalated(long signOffId) {
        jdbc.sql("update sign_off set last_escalated_at = now(), escalations = escalations + 1 where id = ?")
                .param(signOffId).update();
    }

    void threadEntry(long organizationId, long signOffId, int round, String body) {
        jdbc.sql("""
                insert into sign_off_comment (organization_id, sign_off_id, round, kind, author_name, body)
                values (?, ?, ?, 'ESCALATED', 'Uptake', ?)""")
                .params(organizationId, signOffId, round, body).update();
    }
}
