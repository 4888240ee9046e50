package org.uptake.governance.acknowledgement;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Mails about acknowledgements, in batches: the request to each new addressee, a reminder after
 * the interval while they have not acknowledged, and once the due day has passed an escalation
 * to their manager. The job takes a ShedLock and claims rows with {@code FOR UPDATE SKIP LOCKED},
 * stamping them in the same transaction as the mail, so two nodes or a rerun never mail twice.
 * Queuing 20,000 addressees is one insert; their mails follow here, 500 per transaction.
 */
@Component
public class AcknowledgementMail {

    private static final int BATCH = 500;

    private final AcknowledgementRepository acks;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final String baseUrl;
    private final Duration reminderInterval;

    AcknowledgementMail(AcknowledgementRepository acks, MailOutbox outbox, MessageSource messages, TransactionTemplate tx,
                        @Value("${uptake.base-url}") String baseUrl,
                        @Value("${uptake.governance.reminder-interval:P3D}") Duration reminderInterval) {
        this.acks = acks;
        this.outbox = outbox;
        this.messages = messages;
        this.tx = tx;
        this.baseUrl = baseUrl;
        this.reminderInterval = reminderInterval;
    }

    @Scheduled(fixedDelayString = "${uptake.governance.mail-poll-ms:60000}", initialDelayString = "${uptake.governance.mail-delay-ms:30000}")
    @SchedulerLock(name = "acknowledgement-mail", lockAtMostFor = "PT10M")
    void run() {
        sendAll();
    }

    /** Sends everything that is due now; returns the number of mails queued. */
    public int sendAll() {
        return drain("notified", () -> acks.claimNew(BATCH), "governance.mail.request")
                + drain("reminded", () -> acks.claimReminders(reminderInterval, BATCH), "governance.mail.reminder")
                + drain("escalated", () -> acks.claimEscalations(BATCH), "governance.mail.escalation");
    }

    private int drain(String stamp, Supplier<List<AcknowledgementRepository.Notice>> claim, String key) {
        int total = 0;
        int batch;
        do {
            Integer sent = tx.execute(s -> {
                List<AcknowledgementRepository.Notice> notices = claim.get();
                outbox.enqueueAll(notices.stream().filter(n -> n.recipient() != null).map(n -> mail(n, key)).toList());
                if (!notices.isEmpty()) {
                    acks.stamp(stamp, notices.stream().map(AcknowledgementRepository.Notice::id).toList());
                }
                return notices.size();
            });
            batch = sent == null ? 0 : sent;
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private OutgoingMail mail(AcknowledgementRepository.Notice n, String key) {
        Locale locale = Locale.forLanguageTag(n.language() == null ? "en" : n.language());
        String link = baseUrl + "/documents/" + n.documentId();
        String due = n.dueOn() == null ? "—" : n.dueOn().toString();
        String subject = messages.getMessage(key + ".subject", new Object[]{n.title()}, locale);
        String body = messages.getMessage(key + ".body", new Object[]{n.personName(), n.title(), due, link}, locale);
        return OutgoingMail.text(n.organizationId(), n.recipient(), subject, body);
    }
}
