package org.uptake.engagement.communication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.mail.MailAddress;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Sends e-mail items in the background, once across nodes (ShedLock): starts the items whose date has come (their
 * recipients fixed in one statement), renders the recipients in batches into the outbox — each in their language
 * when the item has that translation, else in the item's own — logs unusable addresses and goes on with the rest,
 * and marks an item SENT once every recipient is handed over. All state is in PostgreSQL, so a restart loses nothing.
 */
@Component
class CommunicationSender {

    private static final Logger log = LoggerFactory.getLogger(CommunicationSender.class);
    static final int BATCH = 500;

    private final CommunicationService service;
    private final DeliveryRepository deliveries;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    CommunicationSender(CommunicationService service, DeliveryRepository deliveries, MailOutbox outbox, MessageSource messages,
                        TransactionTemplate tx, AuditLog audit) {
        this.service = service;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.messages = messages;
        this.tx = tx;
        this.audit = audit;
    }

    @Scheduled(fixedDelayString = "${uptake.engagement.communication-poll-ms:2000}", initialDelay = 1500)
    @SchedulerLock(name = "engagement-communications", lockAtMostFor = "PT10M")
    void sendDue() {
        tx.executeWithoutResult(status -> startDue());
        Integer done;
        do {
            done = tx.execute(status -> batch());
        } while (done != null && done == BATCH);
        tx.executeWithoutResult(status -> deliveries.finishSending().forEach(d ->
                audit.action(Actor.system(d.organizationId()), CommunicationService.ENTITY, d.id(), "sent", Map.of())));
    }

    private void startDue() {
        for (DeliveryRepository.Due due : deliveries.due(20)) {
            int recipients = service.start(due.organizationId(), due.id());
            audit.action(Actor.system(due.organizationId()), CommunicationService.ENTITY, due.id(), "sendingStarted",
                    Map.of("recipients", recipients));
        }
    }

    /** Renders and queues one batch; returns how many recipients it handled. */
    int batch() {
        List<DeliveryRepository.Pending> due = deliveries.claim(BATCH);
        List<OutgoingMail> mails = new ArrayList<>(due.size());
        List<Long> queued = new ArrayList<>(due.size());
        for (DeliveryRepository.Pending p : due) {
            String problem = MailAddress.problem(p.email());
            if (problem != null) {
                log.warn("Communication {} not sent to {}: {}", p.communicationId(), p.name(), problem);
                deliveries.markInvalid(p.id(), problem);
                continue;
            }
            mails.add(mail(p));
            queued.add(p.id());
        }
        deliveries.markQueued(queued, outbox.enqueueAllReturningIds(mails));
        return due.size();
    }

    private OutgoingMail mail(DeliveryRepository.Pending p) {
        Locale locale = Languages.localeOf(p.language());
        String footer = messages.getMessage("communication.mail.footer", new Object[]{p.programName()}, locale);
        return OutgoingMail.text(p.organizationId(), p.email().strip(), p.subject(), p.body() + "\n\n-- \n" + footer);
    }
}
