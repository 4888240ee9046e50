package org.uptake.approval.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Escalates overdue sign-offs: once a request's due day has passed, the manager of each approver
 * who has not decided gets an e-mail (the requester, when an approver has no manager), and again
 * only after the configured interval. The job takes a ShedLock, claims requests with
 * {@code FOR UPDATE SKIP LOCKED} and stamps them in the same transaction as the mail, so a second
 * node, a rerun or a crash never mails twice within the interval.
 */
@Component
public class SignOffEscalation {

    private static final int BATCH = 100;

    private final NotifyRepository notify;
    private final SignOffMail mail;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Duration interval;

    SignOffEscalation(NotifyRepository notify, SignOffMail mail, MailOutbox outbox, AuditLog audit,
                      TransactionTemplate tx,
                      @Value("${uptake.approval.escalation-interval:P1D}") Duration interval) {
        this.notify = notify;
        this.mail = mail;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${uptake.approval.escalation-poll-ms:900000}", initialDelayString = "${uptake.approval.escalation-delay-ms:60000}")
    @SchedulerLock(name = "sign-off-escalation", lockAtMostFor = "PT10M")
    void run() {
        escalateOverdue();
    }

    /** Escalates every request that is due for it now; returns how many requests were escalated. */
    public int escalateOverdue() {
        int total = 0;
        int batch;
        do {
            Integer done = tx.execute(status -> {
                List<Long> claimed = notify.claimOverdue(interval, BATCH);
                claimed.forEach(this::escalate);
                return claimed.size();
            });
            batch = done == null ? 0 : done;
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private void escalate(long signOffId) {
        var s = notify.summary(signOffId).orElseThrow();
        List<NotifyRepository.LateApprover> late = notify.lateApprovers(signOffId);
        Map<Long, List<String>> byManager = new LinkedHashMap<>();
        List<String> withoutManager = new ArrayList<>();
        for (var a : late) {
            if (a.managerId() == null) {
                withoutManager.add(a.approverName());
            } else {
                byManager.computeIfAbsent(a.managerId(), k -> new ArrayList<>()).add(a.approverName());
            }
        }
        List<OutgoingMail> mails = new ArrayList<>();
        List<String> told = new ArrayList<>();
        for (var m : notify.recipients(s.organizationId(), byManager.keySet())) {
            Locale l = SignOffMail.locale(m);
            mails.add(SignOffMail.mail(s.organizationId(), m, mail.text("approval.mail.escalation.subject", l, s.title()),
                    mail.text("approval.mail.escalation.body", l, m.name(), String.join(", ", byManager.get(m.id())),
                            s.title(), mail.due(s.dueOn(), l), s.requesterName(), mail.link(s.id()))));
            told.add(m.name());
        }
        if (!withoutManager.isEmpty() && s.requesterPersonId() != null) {
            for (var r : notify.recipients(s.organizationId(), List.of(s.requesterPersonId()))) {
                Locale l = SignOffMail.locale(r);
                mails.add(SignOffMail.mail(s.organizationId(), r, mail.text("approval.mail.escalation.subject", l, s.title()),
                        mail.text("approval.mail.escalationNoManager.body", l, r.name(), String.join(", ", withoutManager),
                                s.title(), mail.due(s.dueOn(), l), mail.link(s.id()))));
                told.add(r.name());
            }
        }
        outbox.enqueueAll(mails);
        notify.markEscalated(signOffId);
        notify.threadEntry(s.organizationId(), signOffId, s.round(), String.join(", ", told));
        audit.action(Actor.system(s.organizationId()), "sign_off", signOffId, "escalated",
                Map.of("late", String.join(", ", late.stream().map(NotifyRepository.LateApprover::approverName).toList()),
                        "told", String.join(", ", told)));
    }
}
