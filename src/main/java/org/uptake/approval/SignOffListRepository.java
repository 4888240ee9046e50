package org.uptake.approval;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;

/**
 * The inbox and the lists, one query each. "Waiting" starts from the actor's undecided approver
 * places (a partial index), so its cost follows the actor's own work, not the organisation's size.
 */
@Repository
class SignOffListRepository {

    private static final String NO_DUE = "9999-12-31";

    private static final String ROW = """
            s.id, s.title, s.subject_type, s.status, s.round, s.due_on, s.stale, s.requester_name,
            u.name as unit_name, st.name as step_name, st.ordinal as step_ordinal, s.created_at, s.decided_at""";

    /**
     * The open places of a person or of those they act for today; the person's own place first.
     * The {@code in (…)} list (the person and whoever delegated to them) lets PostgreSQL look the
     * places up in the partial index instead of testing every undecided place of the organisation.
     */
    private static final String WAITING_PLACES = """
            select distinct on (a.sign_off_id) a.sign_off_id, a.step_id, a.person_id
            from sign_off_approver a
            where a.organization_id = :org and a.decision is null
              and a.person_id in (select cast(:me as bigint) union all
                                  select d.from_person_id from sign_off_delegation d
                                  where d.organization_id = :org and d.to_person_id = :me and d.revoked_at is null)
              and (a.person_id = :me or exists (
                   select 1 from sign_off_delegation d
                   where d.organization_id = :org and d.to_person_id = :me and d.from_person_id = a.person_id
                     and d.revoked_at is null
                     and (d.sign_off_id = a.sign_off_id
                          or (d.sign_off_id is null and d.starts_on <= :today and d.ends_on >= :today))))
            order by a.sign_off_id, (a.person_id = :me) desc""";

    private final JdbcClient jdbc;

    SignOffListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open requests whose current step waits for the person (or whom they act for), due first. */
    List<SignOffRow> waiting(long organizationId, long personId, LocalDate today, PageRequest page) {
        Cursor after = page.cursor();
        String keyset = after == null ? ""
                : " and (coalesce(s.due_on, date '9999-12-31'), s.id) > (cast(:afterKey as date), :afterId)";
        String search = page.likePattern() == null ? "" : " and s.title ilike :pattern";
        var sql = jdbc.sql("select " + ROW + """
                , case when w.person_id <> :me then wp.full_name end as acting_for
                from (""" + WAITING_PLACES + """
                ) w
                join sign_off s on s.id = w.sign_off_id and s.status = 'OPEN'
                join sign_off_step st on st.id = w.step_id and st.status = 'OPEN'
                join person wp on wp.id = w.person_id
                left join unit u on u.id = s.unit_id
                where true""" + keyset + search
                + " order by coalesce(s.due_on, date '9999-12-31'), s.id limit :limit")
                .param("org", organizationId).param("me", personId).param("today", today)
                .param("limit", page.size() + 1);
        if (after != null) {
            sql = sql.param("afterKey", after.key()).param("afterId", after.id());
        }
        if (page.likePattern() != null) {
            sql = sql.param("pattern", page.likePattern());
        }
        return sql.query(SignOffRow.class).list();
    }

    long waitingCount(long organizationId, long personId, LocalDate today) {
        return jdbc.sql("select count(*) from (" + WAITING_PLACES + """
                ) w
                join sign_off s on s.id = w.sign_off_id and s.status = 'OPEN'
                join sign_off_step st on st.id = w.step_id and st.status = 'OPEN'""")
                .param("org", organizationId).param("me", personId).param("today", today)
                .query(Long.class).single();
    }

    /**
     * Requests newest first. {@code scope} says which: those involving the person ("mine"), every
     * request of the organisation, or those involving them plus the requests about the units under
     * {@code headedPaths}.
     */
    List<SignOffRow> page(long organizationId, Scope scope, Long personId, long userId, List<String> headedPaths,
                          SignOffStatus status, PageRequest page) {
        Cursor after = page.cursor();
        StringBuilder where = new StringBuilder(" where s.organization_id = :org");
        String involved = "(s.requester_person_id = :me or s.requested_by_user_id = :user"
                + " or s.id in (select a.sign_off_id from sign_off_approver a"
                + " where a.organization_id = :org and (a.person_id = :me or a.acting_person_id = :me)))";
        switch (scope) {
            case MINE -> where.append(" and ").append(involved);
            case UNITS -> where.append(" and (").append(involved)
                    .append(" or s.unit_id in (select x.id from unit x where x.organization_id = :org")
                    .append(" and x.path like any (cast(:paths as text[]))))");
            case ORGANIZATION -> { }
        }
        if (status != null) {
            where.append(" and s.status = :status");
        }
        if (page.likePattern() != null) {
            where.append(" and s.title ilike :pattern");
        }
        if (after != null) {
            where.append(" and s.id < :afterId");
        }
        var sql = jdbc.sql("select " + ROW + """
                , null as acting_for
                from sign_off s
                left join unit u on u.id = s.unit_id
                left join sign_off_step st on st.sign_off_id = s.id and st.round = s.round and st.ordinal = s.current_step
                """ + where + " order by s.id desc limit :limit")
                .param("org", organizationId).param("limit", page.size() + 1);
        if (scope != Scope.ORGANIZATION) {
            sql = sql.param("me", personId == null ? -1L : personId).param("user", userId);
        }
        if (scope == Scope.UNITS) {
            sql = sql.param("paths", headedPaths.stream().map(p -> p + "%").toArray(String[]::new));
        }
        if (status != null) {
            sql = sql.param("status", status.name());
        }
        if (page.likePattern() != null) {
            sql = sql.param("pattern", page.likePattern());
        }
        if (after != null) {
            sql = sql.param("afterId", after.id());
        }
        return sql.query(SignOffRow.class).list();
    }

    enum Scope { MINE, UNITS, ORGANIZATION }

    static String dueKey(LocalDate due) {
        return due == null ? NO_DUE : due.toString();
    }
}
