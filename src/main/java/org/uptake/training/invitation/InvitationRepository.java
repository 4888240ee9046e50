package org.uptake.training.invitation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long startRun(long org, long sessionId, String method, int sequence, String byName) {
        return jdbc.sql("""
                insert into training_invitation_run (organization_id, session_id, method, sequence, started_by_name)
                values (?, ?, ?, ?, ?) returning id""").params(org, sessionId, method, sequence, byName)
                .query(Long.class).single();
    }

    /** Everyone holding a seat who has not yet been sent this sequence of the session. */
    int addEnrolled(long org, long runId, long sessionId, int sequence) {
        return jdbc.sql("""
                insert into training_invitation (run_id, organization_id, person_id)
                select ?, ?, e.person_id from training_enrolment e
                where e.session_id = ? and e.status = 'ENROLLED' and not exists (
                    select 1 from training_invitation i join training_invitation_run r on r.id = i.run_id
                    where r.session_id = e.session_id and r.sequence = ? and r.method = 'REQUEST' and i.person_id = e.person_id)""")
                .params(runId, org, sessionId, sequence).update();
    }

    /** Everyone who was ever sent an invitation to the session (an update or a cancellation goes to them). */
    int addInvited(long org, long runId, long sessionId, boolean stillEnrolledOnly) {
        return jdbc.sql("""
                insert into training_invitation (run_id, organization_id, person_id)
                select distinct ?, ?::bigint, i.person_id from training_invitation i
                join training_invitation_run r on r.id = i.run_id
                where r.session_id = ? and r.id <> ? and r.method = 'REQUEST' and i.status = 'QUEUED'
                  and (not ? or exists (select 1 from training_enrolment e where e.session_id = r.session_id
                                        and e.person_id = i.person_id and e.status = 'ENROLLED'))""")
                .params(runId, org, sessionId, runId, stillEnrolledOnly).update();
    }

    boolean wasInvited(long sessionId, long personId) {
        return jdbc.sql("""
                select exists (select 1 from training_invitation i join training_invitation_run r on r.id = i.run_id
                               where r.session_id = ? and r.method = 'REQUEST' and i.person_id = ? and i.status = 'QUEUED')""")
                .params(sessionId, personId).query(Boolean.class).single();
    }

    void addPerson(long org, long runId, long personId) {
        jdbc.sql("insert into training_invitation (run_id, organization_id, person_id) values (?, ?, ?)")
                .params(runId, org, personId).update();
    }

    void addPeople(long org, long runId, List<Long> personIds) {
        jdbc.sql("""
                insert into training_invitation (run_id, organization_id, person_id)
                select ?, ?, p from unnest(cast(? as bigint[])) p""")
                .params(runId, org, "{" + String.join(",", personIds.stream().map(String::valueOf).toList()) + "}").update();
    }

    void setTotal(long runId, int total) {
        jdbc.sql("update training_invitation_run set total = ? where id = ?").params(total, runId).update();
    }

    void deleteRun(long runId) {
        jdbc.sql("delete from training_invitation_run where id = ?").param(runId).update();
    }

    boolean anySent(long sessionId) {
        return jdbc.sql("select exists (select 1 from training_invitation_run where session_id = ? and method = 'REQUEST')")
                .param(sessionId).query(Boolean.class).single();
    }

    List<InvitationRun> runs(long org, long sessionId) {
        return jdbc.sql("""
                select r.id, r.session_id, r.method, r.sequence, r.total,
                       count(*) filter (where i.status = 'PENDING') as pending,
                       count(*) filter (where i.status = 'QUEUED') as queued,
                       count(*) filter (where i.status = 'INVALID') as invalid, r.started_by_name, r.created_at
                from training_invitation_run r left join training_invitation i on i.run_id = r.id
                where r.organization_id = ? and r.session_id = ?
                group by r.id order by r.id desc limit 20""").params(org, sessionId).query(InvitationRun.class).list();
    }

    List<InvalidAddress> invalid(long org, long sessionId) {
        return jdbc.sql("""
                select distinct on (p.id) p.id as person_id, p.full_name as person_name, p.email, i.problem
                from training_invitation i join training_invitation_run r on r.id = i.run_id join person p on p.id = i.person_id
                where r.organization_id = ? and r.session_id = ? and i.status = 'INVALID'
                order by p.id, r.id desc limit 500""").params(org, sessionId).query(InvalidAddress.class).list();
    }

    record Pending(long runId, long organizationId, long sessionId, String method, int sequence, long personId,
                   String name, String email, String language) {
    }

    /** A batch of invitations to render, claimed so that two nodes never send the same one. */
    List<Pending> claim(int limit) {
        return jdbc.sql("""
                select i.run_id, i.organization_id, r.session_id, r.method, r.sequence, i.person_id, p.full_name as name, p.email,
                       coalesce(p.language, o.default_language) as language
                from training_invitation i join training_invitation_run r on r.id = i.run_id
                join person p on p.id = i.person_id join organization o on o.id = i.organization_id
                where i.status = 'PENDING' order by i.run_id, i.person_id limit ? for update of i skip locked""")
                .param(limit).query(Pending.class).list();
    }

    void mark(long runId, List<Long> personIds, String status, String problem) {
        if (personIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update training_invitation set status = :status, problem = :problem
                where run_id = :run and person_id = any(cast(:people as bigint[]))""")
                .param("status", status).param("problem", problem).param("run", runId)
                .param("people", "{" + String.join(",", personIds.stream().map(String::valueOf).toList()) + "}").update();
    }
}
