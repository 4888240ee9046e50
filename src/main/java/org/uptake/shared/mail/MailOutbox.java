package org.uptake.shared.mail;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.Slice;

/**
 * Accepts outgoing mail inside the caller's transaction: if the business change rolls back, so
 * does its mail, and once committed the message survives restarts until {@link OutboxSender}
 * delivers it. Admins read their organisation's sent/failed log and retry failed messages.
 */
@Service
public class MailOutbox {

    static final String ENTITY = "mail";
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final MailSettings settings;
    private final AuditLog audit;

    MailOutbox(JdbcClient jdbc, JdbcTemplate template, MailSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.settings = settings;
        this.audit = audit;
    }

    public void enqueue(OutgoingMail mail) {
        enqueueAll(List.of(mail));
    }

    /** Thousands of invitations go in as JDBC batches, not one round trip per message. */
    public void enqueueAll(List<OutgoingMail> mails) {
        for (int from = 0; from < mails.size(); from += BATCH) {
            List<OutgoingMail> chunk = mails.subList(from, Math.min(mails.size(), from + BATCH));
            template.batchUpdate(INSERT, chunk, chunk.size(), MailOutbox::bind);
        }
    }

    /**
     * Like {@link #enqueueAll} and returns the new messages' ids in the order of {@code mails}, so that a module's own
     * log (a communication's recipients) can show each message's delivery, attempts and last error.
     */
    public List<Long> enqueueAllReturningIds(List<OutgoingMail> mails) {
        List<Long> ids = new ArrayList<>(mails.size());
        for (int from = 0; from < mails.size(); from += BATCH) {
            List<OutgoingMail> chunk = mails.subList(from, Math.min(mails.size(), from + BATCH));
            var keys = new GeneratedKeyHolder();
            template.batchUpdate(con -> con.prepareStatement(INSERT, new String[]{"id"}),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            bind(ps, chunk.get(i));
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    }, keys);
            keys.getKeyList().forEach(k -> ids.add(((Number) k.get("id")).longValue()));
        }
        return ids;
    }

    private static final String INSERT = """
            insert into mail_outbox (organization_id, recipient, subject, body_text, body_html,
                                     attachment_name, attachment_content_type, attachment)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static void bind(PreparedStatement ps, OutgoingMail m) throws SQLException {
        if (m.organizationId() == null) {
            ps.setNull(1, Types.BIGINT);
        } else {
            ps.setLong(1, m.organizationId());
        }
        ps.setString(2, m.recipient());
        ps.setString(3, m.subject());
        ps.setString(4, m.bodyText());
        ps.setString(5, m.bodyHtml());
        ps.setString(6, m.attachmentName());
        ps.setString(7, m.attachmentContentType());
        ps.setBytes(8, m.attachment());
    }

    /**
     * Gives the organisation's failed messages among {@code ids} a fresh series of attempts; the calling module
     * checks who may ask (its own editors) and audits it. Returns how many were failed and are pending again.
     */
    @Transactional
    public int retryFailed(long organizationId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now()
                where organization_id = ? and status = 'FAILED' and id = any (?)""")
                .params(organizationId, ids.toArray(Long[]::new)).update();
    }

    /** Whether an SMTP server is configured; without one, messages wait in the outbox. */
    public boolean deliveryConfigured() {
        return settings.smtpConfigured();
    }

    /**
     * One page of the organisation's mail log, newest first, optionally only one status. Bodies
     * are not part of it: invitation and reset mails carry secrets meant for their recipient only.
     */
    public Slice<OutboxEntry> log(Actor actor, String status, String after, int size) {
        actor.require("read the mail log", Role.ADMIN);
        List<String> where = new ArrayList<>(List.of("organization_id = :org"));
        Map<String, Object> params = new HashMap<>(Map.of("org", actor.organizationId(), "limit", size + 1));
        if (status != null && List.of("PENDING", "SENT", "FAILED").contains(status)) {
            where.add("status = :status");
            params.put("status", status);
        }
        Cursor cursor = Cursor.decode(after);
        if (cursor != null) {
            where.add("id < :afterId");
            params.put("afterId", cursor.id());
        }
        List<OutboxEntry> rows = jdbc.sql("""
                select id, recipient, subject, status, attempts, last_error, created_at, sent_at, next_attempt_at
                from mail_outbox where\s""" + String.join(" and ", where) + " order by id desc limit :limit")
                .params(params).query(OutboxEntry.class).list();
        return Slice.of(rows, size, e -> new Cursor("", e.id()));
    }

    /** Gives a failed message a fresh series of attempts. */
    @Transactional
    public void retry(Actor actor, long id) {
        actor.require("retry mail", Role.ADMIN);
        String status = jdbc.sql("select status from mail_outbox where organization_id = ? and id = ? for update")
                .params(actor.organizationId(), id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!"FAILED".equals(status)) {
            throw new InvalidInputException(null, "mail.error.notFailed");
        }
        jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now() where id = ?")
                .param(id).update();
        audit.action(actor, ENTITY, id, "retried", Map.of());
    }

    /** How many of the organisation's messages wait or failed, for the admin's home page. */
    public Map<String, Long> counts(long organizationId) {
        Map<String, Long> counts = new HashMap<>(Map.of("PENDING", 0L, "FAILED", 0L));
        jdbc.sql("""
                select status, count(*) from mail_outbox where organization_id = ? and status in ('PENDING', 'FAILED')
                group by status""")
                .param(organizationId).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
