package org.uptake.approval.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DelegationRepository {

    private static final String SELECT = """
            select d.id, d.organization_id, d.from_person_id, f.full_name as from_name, d.to_person_id,
                   t.full_name as to_name, d.sign_off_id, d.starts_on, d.ends_on, d.reason, d.created_at,
                   d.revoked_at, d.version
            from sign_off_delegation d
            join person f on f.id = d.from_person_id
            join person t on t.id = d.to_person_id
            """;

    /** The delegation is in force for the request on the day: made for it, or for a period covering the day. */
    static final String ACTIVE = """
            d.revoked_at is null and (d.sign_off_id = :signOff
                or (d.sign_off_id is null and d.starts_on <= :today and d.ends_on >= :today))""";

    private final JdbcClient jdbc;

    DelegationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Delegation> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where d.organization_id = ? and d.id = ?")
                .params(organizationId, id).query(Delegation.class).optional();
    }

    /** Delegations given or received by the person, the ones still in force first, newest first. */
    List<Delegation> involving(long organizationId, long personId, LocalDate today, int limit) {
        return jdbc.sql(SELECT + """
                 where d.organization_id = :org and (d.from_person_id = :person or d.to_person_id = :person)
                 order by (d.revoked_at is null and (d.sign_off_id is not null or d.ends_on >= :today)) desc, d.id desc
                 limit :limit""")
                .param("org", organizationId).param("person", personId).param("today", today).param("limit", limit)
                .query(Delegation.class).list();
    }

    List<Delegation> forRequest(long organizationId, long signOffId, LocalDate today) {
        return jdbc.sql(SELECT + " where d.organization_id = :org and " + ACTIVE + " order by d.id")
                .param("org", organizationId).param("signOff", signOffId).param("today", today)
                .query(Delegation.class).list();
    }

    /** Whom the person acts for on the request today. */
    List<Long> actingFor(long organizationId, long delegatePersonId, long signOffId, LocalDate today) {
        return jdbc.sql("select distinct d.from_person_id from sign_off_delegation d where d.organization_id = :org "
                        + "and d.to_person_id = :person and " + ACTIVE)
                .param("org", organizationId).param("person", delegatePersonId).param("signOff", signOffId)
                .param("today", today).query(Long.class).list();
    }

    /** Active delegates of the approvers on the request today, as (approver, delegate) pairs. */
    List<Pair> delegatesOf(long organizationId, long signOffId, Collection<Long> approverPersonIds, LocalDate today) {
        if (approverPersonIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct d.from_person_id as approver, d.to_person_id as delegate from sign_off_delegation d "
                        + "where d.organization_id = :org and d.from_person_id in (:approvers) and " + ACTIVE)
                .param("org", organizationId).param("approvers", approverPersonIds).param("signOff", signOffId)
                .param("today", today).query(Pair.class).list();
    }

    record Pair(long approver, long delegate) {
    }

    long insert(long organizationId, long from, long to, Long signOffId, LocalDate startsOn, LocalDate endsOn,
                String reason, Long userId) {
        return jdbc.sql("""
                insert into sign_off_delegation (organization_id, from_person_id, to_person_id, sign_off_id, starts_on,
                                                 ends_on, reason, created_by_user_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, from, to, signOffId, startsOn, endsOn, reason, userId)
                .query(Long.class).single();
    }

    /** Revokes the approver's earlier delegations of this one request: one acting approver per approver and request. */
    List<Long> revokeForRequest(long organizationId, long signOffId, long from) {
        return jdbc.sql("""
                update sign_off_delegation set revoked_at = now(), version = version + 1
                where organization_id = ? and sign_off_id = ? and from_person_id = ? and revoked_at is null returning id""")
                .params(organizationId, signOffId, from).query(Long.class).list();
    }

    int revoke(long organizationId, long id, int version) {
        return jdbc.sql("""
                update sign_off_delegation set revoked_at = now(), version = version + 1
                where organization_id = ? and id = ? and version = ? and revoked_at is null""")
                .params(organizationId, id, version).update();
    }

    /** A current person of the organisation, and whether they can sign in (an active account). */
    Optional<Candidate> candidate(long organizationId, long personId) {
        return jdbc.sql("""
                select p.id, p.employment_status <> 'LEFT' as current,
                       exists (select 1 from user_account a where a.person_id = p.id and a.status = 'ACTIVE') as can_sign_in
                from person p where p.organization_id = ? and p.id = ?""")
                .params(organizationId, personId).query(Candidate.class).optional();
    }

    record Candidate(long id, boolean current, boolean canSignIn) {
    }
}
