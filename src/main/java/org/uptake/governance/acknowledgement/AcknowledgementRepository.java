package org.uptake.governance.acknowledgement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AcknowledgementRepository {

    private static final String ROW = """
            select a.id, a.document_id, a.revision, a.person_id, p.full_name as person_name, pos.title as position_title,
                   a.due_on, a.acknowledged_at, a.method, a.paper_file_id, a.reminders, a.escalated_at
            from acknowledgement a join person p on p.id = a.person_id left join position pos on pos.id = p.position_id""";

    private final JdbcClient jdbc;

    AcknowledgementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds every addressee in one statement (named people, a group's members, a unit subtree),
     * skipping people who left and those already asked for this revision; returns how many were added.
     * A union rather than one {@code or}: each source then uses its own index instead of a scan of every
     * person; each source skips people who left itself, so the union needs no second look at the person.
     */
    int request(long org, long documentId, int revision, List<Long> personIds, Long groupId, String unitPath, LocalDate dueOn) {
        return jdbc.sql(REQUEST).params(requestParams(org, documentId, revision, personIds, groupId, unitPath, dueOn)).update();
    }

    static final String REQUEST = """
            insert into acknowledgement (organization_id, document_id, revision, person_id, due_on)
            select :org, :doc, :rev, chosen.id, :due
            from (select id from person where organization_id = :org and id = any(:ids) and employment_status <> 'LEFT'
                  union select p.id from working_group_member m join person p on p.id = m.person_id
                        where m.organization_id = :org and m.group_id = :grp and p.employment_status <> 'LEFT'
                  union select p.id from unit u join person p on p.unit_id = u.id
                        where u.organization_id = :org and u.path like :path and p.employment_status <> 'LEFT') chosen
            on conflict (document_id, revision, person_id) do nothing""";

    static Map<String, Object> requestParams(long org, long documentId, int revision, List<Long> personIds, Long groupId,
                                             String unitPath, LocalDate dueOn) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        params.put("doc", documentId);
        params.put("rev", revision);
        params.put("due", dueOn);
        params.put("ids", personIds.toArray(Long[]::new));
        params.put("grp", groupId == null ? -1L : groupId);
        params.put("path", unitPath == null ? "-" : unitPath + "%");
        return params;
    }

    /** A new revision in force asks everyone who was asked about an earlier one again. */
    int reask(long org, long documentId, int revision) {
        return jdbc.sql("""
                insert into acknowledgement (organization_id, document_id, revision, person_id, due_on)
                select distinct on (a.person_id) :org, :doc, :rev, a.person_id, null::date from acknowledgement a
                join person p on p.id = a.person_id and p.employment_status <> 'LEFT'
                where a.organization_id = :org and a.document_id = :doc and a.revision < :rev
                on conflict (document_id, revision, person_id) do nothing""")
                .param("org", org).param("doc", documentId).param("rev", revision).update();
    }

    long knownPeople(long org, List<Long> ids) {
        return jdbc.sql("select count(*) from person where organization_id = ? and id = any(?) and employment_status <> 'LEFT'")
                .params(org, ids.toArray(Long[]::new)).query(Long.class).single();
    }

    Optional<Acknowledgement> find(long org, long documentId, int revision, long personId) {
        return jdbc.sql(ROW + " where a.organization_id = ? and a.document_id = ? and a.revision = ? and a.person_id = ?")
                .params(org, documentId, revision, personId).query(Acknowledgement.class).optional();
    }

    /** In the order they were asked; {@code pendingOnly} answers "who has not acknowledged yet". */
    List<Acknowledgement> page(long org, long documentId, int revision, boolean pendingOnly, long afterId, int limit) {
        return jdbc.sql(ROW + " " + """
                where a.organization_id = ? and a.document_id = ? and a.revision = ? and a.id > ?
                  and (not ? or a.acknowledged_at is null) order by a.id limit ?""")
                .params(org, documentId, revision, afterId, pendingOnly, limit).query(Acknowledgement.class).list();
    }

    AcknowledgementCounts counts(long org, long documentId, int revision) {
        return jdbc.sql("""
                select count(*) as total, count(acknowledged_at) as acknowledged,
                       count(*) filter (where acknowledged_at is null and due_on < current_date) as overdue
                from acknowledgement where organization_id = ? and document_id = ? and revision = ?""")
                .params(org, documentId, revision).query(AcknowledgementCounts.class).single();
    }

    List<PendingAcknowledgement> pendingFor(long org, long personId, int limit) {
        return jdbc.sql("""
                select d.id as document_id, d.title, d.reg_number, d.revision, a.due_on
                from acknowledgement a join document_instance d on d.id = a.document_id and d.revision = a.revision
                where a.organization_id = ? and a.person_id = ? and a.acknowledged_at is null and d.status = 'IN_FORCE'
                order by a.due_on nulls last, d.id limit ?""")
                .params(org, personId, limit).query(PendingAcknowledgement.class).list();
    }

    boolean acknowledge(long org, long id, String method, Long fileId, Long recordedBy) {
        return jdbc.sql("""
                update acknowledgement set acknowledged_at = now(), method = ?, paper_file_id = ?, recorded_by = ?
                where organization_id = ? and id = ? and acknowledged_at is null""")
                .params(method, fileId, recordedBy, org, id).update() == 1;
    }

    /** A mail to send about one acknowledgement: to whom, about which document. */
    record Notice(long id, long organizationId, long documentId, String title, String recipient, String personName,
                  String language, LocalDate dueOn) {
    }

    private static final String NOTICE = """
            select a.id, a.organization_id, a.document_id, d.title, %s as recipient, p.full_name as person_name,
                   coalesce(p.language, o.default_language) as language, a.due_on
            from acknowledgement a
            join document_instance d on d.id = a.document_id and d.revision = a.revision and d.status = 'IN_FORCE'
            join person p on p.id = a.person_id join organization o on o.id = a.organization_id %s
            where %s order by a.id limit ? for update of a skip locked""";

    List<Notice> claimNew(int limit) {
        return jdbc.sql(NOTICE.formatted("p.email", "", "a.notified_at is null")).param(limit).query(Notice.class).list();
    }

    List<Notice> claimReminders(Duration interval, int limit) {
        return jdbc.sql(NOTICE.formatted("p.email", "", """
                a.acknowledged_at is null and a.notified_at < now() - cast(? as interval)
                and (a.reminded_at is null or a.reminded_at < now() - cast(? as interval))"""))
                .params(interval.toSeconds() + " seconds", interval.toSeconds() + " seconds", limit).query(Notice.class).list();
    }

    /** Overdue and not yet escalated: to the addressee's manager. */
    List<Notice> claimEscalations(int limit) {
        return jdbc.sql(NOTICE.formatted("m.email", "join person m on m.id = p.manager_id", """
                a.acknowledged_at is null and a.escalated_at is null and a.due_on < current_date"""))
                .param(limit).query(Notice.class).list();
    }

    void stamp(String column, List<Long> ids) {
        String set = switch (column) {
            case "notified" -> "notified_at = now()";
            case "reminded" -> "reminded_at = now(), reminders = reminders + 1";
            default -> "escalated_at = now()";
        };
        jdbc.sql("update acknowledgement set " + set + " where id = any(?)").param(ids.toArray(Long[]::new)).update();
    }
}
