package org.uptake.training.invitation;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailAddress;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * Turns pending invitations into outbox mail, 500 at a time, each batch in one transaction with the
 * status change: a restart resumes where it stopped, and nobody is mailed twice. Each message is in
 * the recipient's language (the organisation's as fallback) with the iCal event attached; a missing
 * or invalid address is logged on the invitation and the rest are still sent.
 */
@Component
class InvitationSender {

    private static final Logger log = LoggerFactory.getLogger(InvitationSender.class);
    static final int BATCH = 500;

    private final InvitationRepository invitations;
    private final SessionService sessions;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final String organizer;

    InvitationSender(InvitationRepository invitations, SessionService sessions, MailOutbox outbox, MessageSource messages,
                     TransactionTemplate tx, @Value("${uptake.mail.from}") String organizer) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.outbox = outbox;
        this.messages = messages;
        this.tx = tx;
        this.organizer = organizer.replaceAll(".*<([^>]+)>.*", "$1");
    }

    @Scheduled(fixedDelayString = "${uptake.training.invitation-poll-ms:1000}", initialDelay = 1000)
    @SchedulerLock(name = "training-invitations", lockAtMostFor = "PT10M")
    void sendDue() {
        Integer done;
        do {
            done = tx.execute(status -> batch());
        } while (done != null && done == BATCH);
    }

    /** Renders and queues one batch; returns how many invitations it handled. */
    int batch() {
        List<InvitationRepository.Pending> due = invitations.claim(BATCH);
        Map<Long, TrainingSession> bySession = new HashMap<>();
        List<OutgoingMail> mails = new ArrayList<>(due.size());
        Map<Long, List<Long>> queued = new HashMap<>();
        for (InvitationRepository.Pending p : due) {
            String problem = MailAddress.problem(p.email());
            if (problem != null) {
                log.warn("Training invitation of run {} not sent to person {}: {}", p.runId(), p.personId(), problem);
                invitations.mark(p.runId(), List.of(p.personId()), "INVALID", problem);
                continue;
            }
            TrainingSession s = bySession.computeIfAbsent(p.sessionId(), id -> sessions.find(p.organizationId(), id));
            mails.add(mail(p, s));
            queued.computeIfAbsent(p.runId(), k -> new ArrayList<>()).add(p.personId());
        }
        outbox.enqueueAll(mails);
        queued.forEach((run, people) -> invitations.mark(run, people, "QUEUED", null));
        return due.size();
    }

    private OutgoingMail mail(InvitationRepository.Pending p, TrainingSession s) {
        boolean cancel = p.method().equals("CANCEL");
        boolean update = !cancel && p.sequence() > 0;
        Locale locale = Languages.localeOf(Languages.isSupported(p.language()) ? p.language() : "en");
        String when = s.localStart().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)) + "–" + s.localEnd().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale));
        String where = ICalendar.location(s) == null ? "—" : ICalendar.location(s);
        String kind = cancel ? "cancel" : update ? "update" : "invite";
        Object[] args = {s.courseTitle(), when, s.timeZone(), where, p.name()};
        String subject = messages.getMessage("training.mail." + kind + ".subject", args, locale);
        String body = messages.getMessage("training.mail." + kind + ".body", args, locale);
        TrainingSession atSequence = withSequence(s, p.sequence());
        String ics = ICalendar.invitation(atSequence, cancel, organizer, new ICalendar.Attendee(p.name(), p.email().strip()),
                body);
        return new OutgoingMail(p.organizationId(), p.email().strip(), subject, body, null, "invite.ics",
                "text/calendar; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST"), ics.getBytes(StandardCharsets.UTF_8));
    }

    /** The event as of the run: a later change has its own run with its own, higher sequence. */
    private static TrainingSession withSequence(TrainingSession s, int sequence) {
        return new TrainingSession(s.id(), s.programId(), s.courseId(), s.courseTitle(), s.format(), s.startsAt(), s.endsAt(),
                s.timeZone(), s.place(), s.room(), s.link(), s.trainerPersonId(), s.trainerName(), s.capacity(), s.status(),
                sequence, s.enrolled(), s.waitlisted(), s.version());
    }
}
