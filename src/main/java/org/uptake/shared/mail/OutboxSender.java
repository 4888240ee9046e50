package org.uptake.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through SMTP. Claims a batch with {@code FOR UPDATE SKIP LOCKED} (and a
 * ShedLock so one node sends at a time), retries with growing back-off and marks a message
 * FAILED after the configured number of attempts.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final TransactionTemplate tx;
    private final String from;
    private final int maxAttempts;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, MailSettings settings, TransactionTemplate tx,
                 @Value("${uptake.mail.from}") String from, @Value("${uptake.mail.max-attempts:5}") int maxAttempts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.sender = sender;
        this.tx = tx;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${uptake.mail.poll-ms:2000}", initialDelay = 1000)
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
    void sendDue() {
        JavaMailSender mailSender = settings.smtpConfigured() ? sender.getIfAvailable() : null;
        if (mailSender == null) {
            return; // no SMTP configured: messages wait in the outbox, visible in the mail log
        }
        int sent;
        do {
            sent = sendBatch(mailSender);
        } while (sent == BATCH);
    }

    private int sendBatch(JavaMailSender mailSender) {
        Integer count = tx.execute(status -> {
            List<Pending> due = jdbc.sql("""
                    select id, recipient, subject, body_text, body_html, attachment_name, attachment_content_type, attachment, attempts
                    from mail_outbox where status = 'PENDING' and next_attempt_at <= now()
                    order by id limit ? for update skip locked""")
                    .param(BATCH).query(Pending.class).list();
            deliver(mailSender, due);
            return due.size();
        });
        return count == null ? 0 : count;
    }

    /** The whole batch goes through one SMTP connection; a message the server refuses fails alone. */
    private void deliver(JavaMailSender mailSender, List<Pending> due) {
        Map<MimeMessage, Pending> prepared = new LinkedHashMap<>();
        for (Pending p : due) {
            try {
                prepared.put(message(mailSender, p), p);
            } catch (Exception e) {
                failed(p, e);
            }
        }
        if (prepared.isEmpty()) {
            return;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            mailSender.send(prepared.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
            if (failures.isEmpty()) {
                prepared.values().forEach(p -> failed(p, e));
                return;
            }
        } catch (MailException e) {
            prepared.values().forEach(p -> failed(p, e));
            return;
        }
        StringBuilder sent = new StringBuilder();
        for (Map.Entry<MimeMessage, Pending> entry : prepared.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                sent.append(sent.isEmpty() ? "" : ",").append(entry.getValue().id());
            } else {
                failed(entry.getValue(), failure);
            }
        }
        jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null
                where id = any(cast(? as bigint[]))""").param("{" + sent + "}").update();
    }

    private MimeMessage message(JavaMailSender mailSender, Pending p) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, p.attachment() != null || p.bodyHtml() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(p.recipient());
        helper.setSubject(p.subject());
        if (p.bodyHtml() != null) {
            helper.setText(p.bodyText(), p.bodyHtml());
        } else {
            helper.setText(p.bodyText());
        }
        if (p.attachment() != null) {
            helper.addAttachment(p.attachmentName(), new ByteArrayResource(p.attachment()), p.attachmentContentType());
        }
        return message;
    }

    private void failed(Pending p, Exception e) {
        int attempts = p.attempts() + 1;
        String state = attempts >= maxAttempts ? "FAILED" : "PENDING";
        Duration backoff = Duration.ofSeconds((long) Math.min(3600, 10 * Math.pow(3, attempts - 1)));
        log.warn("Mail {} to {} failed (attempt {}): {}", p.id(), p.recipient(), attempts, e.getMessage());
        jdbc.sql("""
                update mail_outbox set attempts = ?, status = ?, last_error = ?,
                       next_attempt_at = now() + cast(? as interval) where id = ?""")
                .params(attempts, state, String.valueOf(e.getMessage()), backoff.toSeconds() + " seconds", p.id())
                .update();
    }

    record Pending(long id, String recipient, String subject, String bodyText, String bodyHtml, String attachmentName,
                   String attachmentContentType, byte[] attachment, int attempts) {
    }
}
