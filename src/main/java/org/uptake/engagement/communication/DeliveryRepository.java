package org.uptake.engagement.communication;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sent log of e-mail items: recipients resolved set-based, rendered in batches, joined to the outbox for delivery. */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement per source: everyone still employed in one of the units (subtrees), positions or waves, or who is a
     * person stakeholder, or a member of a group stakeholder (its unit subtree and/or position) — each person once;
     * then group and outside stakeholders with their own address, each address once. Returns how many were added.
     */
    int addRecipients(long org, long communicationId) {
        int people = jdbc.sql("""
                insert into engagement_delivery (organization_id, communication_id, person_id, name, email, language)
                select p.organization_id, a0.id, p.id, p.full_name, p.email, coalesce(p.language, o.default_language)
                from (select cast(? as bigint) as id) a0 cross join person p join organization o on o.id = p.organization_id
                left join unit pu on pu.id = p.unit_id
                where p.organization_id = ? and p.employment_status <> 'LEFT' and (
                    exists (select 1 from engagement_audience a join unit u on u.id = a.ref_id
                            where a.communication_id = a0.id and a.kind = 'UNIT' and pu.path like u.path || '%')
                 or exists (select 1 from engagement_audience a
                            where a.communication_id = a0.id and a.kind = 'POSITION' and a.ref_id = p.position_id)
                 or exists (select 1 from engagement_audience a join rollout_wave_unit wu on wu.wave_id = a.ref_id
                            join unit u on u.id = wu.unit_id
                            where a.communication_id = a0.id and a.kind = 'WAVE' and pu.path like u.path || '%')
                 or exists (select 1 from engagement_audience a join engagement_stakeholder s on s.id = a.ref_id
                            left join unit su on su.id = s.unit_id
                            where a.communication_id = a0.id and a.kind = 'STAKEHOLDER'
                              and (s.person_id = p.id
                                   or (s.kind = 'GROUP' and (s.unit_id is not null or s.position_id is not null)
                                       and (su.id is null or pu.path like su.path || '%')
                                       and (s.position_id is null or s.position_id = p.position_id)))))""")
                .params(communicationId, org).update();
        int own = jdbc.sql("""
                insert into engagement_delivery (organization_id, communication_id, stakeholder_id, name, email, language, status, problem)
                select s.organization_id, s.communication_id, s.id, s.name, s.email, o.default_language,
                       case when s.email is null then 'INVALID' else 'PENDING' end,
                       case when s.email is null then 'no e-mail address' end
                from (select distinct on (coalesce(lower(s.email), 'stakeholder ' || s.id)) s.*, a.communication_id
                      from engagement_audience a join engagement_stakeholder s on s.id = a.ref_id
                      where a.communication_id = ? and a.kind = 'STAKEHOLDER' and s.person_id is null
                        and (s.email is not null or (s.unit_id is null and s.position_id is null))
                      order by coalesce(lower(s.email), 'stakeholder ' || s.id), s.id) s
                join organization o on o.id = s.organization_id
                where s.email is null or not exists (select 1 from engagement_delivery d
                                                     where d.communication_id = s.communication_id and lower(d.email) = lower(s.email))""")
                .param(communicationId).update();
        return people + own;
    }

    record Due(long id, long organizationId) {
    }

    /** E-mail items whose date has come in their organisation's time zone, claimed so that two nodes never start one twice. */
    List<Due> due(int limit) {
        return jdbc.sql("""
                select c.id, c.organization_id from engagement_communication c join organization o on o.id = c.organization_id
                where c.status = 'PLANNED' and c.channel = 'EMAIL'
                  and c.planned_on <= cast(now() at time zone o.default_time_zone as date)
                order by c.planned_on, c.id limit ? for update of c skip locked""").param(limit).query(Due.class).list();
    }

    void markSending(long id) {
        jdbc.sql("update engagement_communication set status = 'SENDING', version = version + 1, updated_at = now() where id = ?")
                .param(id).update();
    }

    record Pending(long id, long organizationId, long communicationId, String name, String email, String language,
                   String programName, String subject, String body) {
    }

    /** A batch of recipients to render, each with the item's text in their language when there is one, else the item's own. */
    List<Pending> claim(int limit) {
        return jdbc.sql("""
                select d.id, d.organization_id, d.communication_id, d.name, d.email, d.language, pr.name as program_name,
                       coalesce(t.subject, c.subject, c.title) as subject, coalesce(t.body, c.body, c.title) as body
                from engagement_delivery d join engagement_communication c on c.id = d.communication_id
                join program pr on pr.id = c.program_id
                left join engagement_translation t on t.communication_id = c.id and t.language = d.language
                where d.status = 'PENDING' order by d.id limit ? for update of d skip locked""")
                .param(limit).query(Pending.class).list();
    }

    void markQueued(List<Long> ids, List<Long> outboxIds) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update engagement_delivery d set status = 'QUEUED', outbox_id = q.outbox
                from unnest(?::bigint[], ?::bigint[]) as q(id, outbox) where d.id = q.id""")
                .params(ids.toArray(Long[]::new), outboxIds.toArray(Long[]::new)).update();
    }

    void markInvalid(long id, String problem) {
        jdbc.sql("update engagement_delivery set status = 'INVALID', problem = ? where id = ?").params(problem, id).update();
    }

    /** Items whose every recipient has been handed to the outbox (or logged as invalid) are sent. */
    List<Due> finishSending() {
        return jdbc.sql("""
                update engagement_communication c set status = 'SENT', sent_at = now(), version = version + 1, updated_at = now()
                where c.status = 'SENDING'
                  and not exists (select 1 from engagement_delivery d where d.communication_id = c.id and d.status = 'PENDING')
                returning c.id, c.organization_id""").query(Due.class).list();
    }

    Progress progress(long org, long communicationId) {
        return jdbc.sql("""
                select count(*),
                       count(*) filter (where d.status = 'PENDING' or (d.status = 'QUEUED' and m.status = 'PENDING')),
                       count(*) filter (where m.status = 'SENT'), count(*) filter (where m.status = 'FAILED'),
                       count(*) filter (where d.status = 'INVALID')
                from engagement_delivery d left join mail_outbox m on m.id = d.outbox_id
                where d.organization_id = ? and d.communication_id = ?""")
                .params(org, communicationId)
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).single();
    }

    /** One page of the sent log by id; {@code state} FAILED or INVALID narrows it to the problems. */
    List<Delivery> log(long org, long communicationId, String state, long afterId, int limit) {
        return jdbc.sql("""
                select d.id, d.name, d.email, d.language, d.status, d.problem, m.status as mail_status, m.attempts, m.last_error, m.sent_at
                from engagement_delivery d left join mail_outbox m on m.id = d.outbox_id
                where d.organization_id = ? and d.communication_id = ? and d.id > ?
                  and (cast(? as text) is null or (? = 'INVALID' and d.status = 'INVALID') or (? = 'FAILED' and m.status = 'FAILED'))
                order by d.id limit ?""")
                .params(org, communicationId, afterId, state, state, state, limit).query(Delivery.class).list();
    }

    List<Long> failedOutboxIds(long org, long communicationId) {
        return jdbc.sql("""
                select m.id from engagement_delivery d join mail_outbox m on m.id = d.outbox_id
                where d.organization_id = ? and d.communication_id = ? and m.status = 'FAILED'""")
                .params(org, communicationId).query(Long.class).list();
    }
}
