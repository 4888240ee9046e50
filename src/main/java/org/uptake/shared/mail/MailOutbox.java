package org.uptake.shared.mail;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Accepts outgoing mail inside the caller's transaction: if the business change rolls back, so
 * does its mail, and once committed the message survives restarts until {@link OutboxSender} delivers it.
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enqueue(OutgoingMail mail) {
        enqueueAll(List.of(mail));
    }

    public void enqueueAll(List<OutgoingMail> mails) {
        for (OutgoingMail m : mails) {
            jdbc.sql("""
                    insert into mail_outbox (organization_id, recipient, subject, body_text, body_html,
                                             attachment_name, attachment_content_type, attachment)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(m.organizationId(), m.recipient(), m.subject(), m.bodyText(), m.bodyHtml(),
                            m.attachmentName(), m.attachmentContentType(), m.attachment())
                    .update();
        }
    }

    public List<OutboxEntry> recent(long organizationId, int limit) {
        return jdbc.sql("""
                select id, recipient, subject, body_text, status, attempts, last_error, created_at, sent_at
                from mail_outbox where organization_id = ? order by id desc limit ?""")
                .params(organizationId, limit).query(OutboxEntry.class).list();
    }
}
