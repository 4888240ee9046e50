package org.uptake.training.invitation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.mail.MailAddress;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;
import org.uptake.training.course.Course;
import org.uptake.training.course.CourseService;
import org.uptake.training.session.SessionService;
import org.uptake.training.session.TrainingSession;

/**
 * Reminders of a required course: to the people it is meant for who are in no session of it, and to
 * those marked no-show who have not attended since nor hold a place in a coming session. Each person
 * gets each kind once per course (recorded with the mail in one transaction); the daily job covers
 * every required course with a coming session, and a coordinator can send them at once.
 */
@Service
public class TrainingReminders {

    private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);

    private final CourseService courses;
    private final ProgramService programs;
    private final SessionService sessions;
    private final ReminderRepository reminders;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    TrainingReminders(CourseService courses, ProgramService programs, SessionService sessions, ReminderRepository reminders,
                      MailOutbox outbox, MessageSource messages, AuditLog audit, TransactionTemplate tx) {
        this.courses = courses;
        this.programs = programs;
        this.sessions = sessions;
        this.reminders = reminders;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.tx = tx;
    }

    /** A coordinator sends the course's due reminders now. */
    @Transactional
    public ReminderResult send(Actor actor, long courseId) {
        Course course = courses.find(actor.organizationId(), courseId);
        programs.requireEditor(actor, course.programId());
        if (!course.required()) {
            throw new InvalidInputException(null, "training.error.notRequired");
        }
        ReminderResult result = remind(actor.organizationId(), course);
        audit.action(actor, CourseService.ENTITY, courseId, "reminded", Map.of("notEnrolled", result.notEnrolled(),
                "noShows", result.noShows(), "invalidAddresses", result.invalidAddresses()));
        return result;
    }

    @Scheduled(cron = "${uptake.training.reminders-cron:0 0 7 * * *}")
    @SchedulerLock(name = "training-reminders", lockAtMostFor = "PT30M")
    void daily() {
        for (long[] c : reminders.coursesWithComingSessions()) {
            tx.executeWithoutResult(status -> remind(c[0], courses.find(c[0], c[1])));
        }
    }

    ReminderResult remind(long org, Course course) {
        List<TrainingSession> next = reminders.comingSessions(org, course.id(), 5).stream().map(id -> sessions.find(org, id)).toList();
        List<OutgoingMail> mails = new ArrayList<>();
        int[] invalid = {0};
        List<ReminderRepository.Recipient> notEnrolled = reminders.notEnrolled(org, course.id());
        List<ReminderRepository.Recipient> noShows = reminders.noShows(org, course.id());
        notEnrolled.forEach(r -> mail(org, course, next, r, "notEnrolled", mails, invalid));
        noShows.forEach(r -> mail(org, course, next, r, "noShow", mails, invalid));
        outbox.enqueueAll(mails);
        return new ReminderResult(notEnrolled.size(), noShows.size(), invalid[0]);
    }

    private void mail(long org, Course course, List<TrainingSession> next, ReminderRepository.Recipient r, String kind,
                      List<OutgoingMail> mails, int[] invalid) {
        String problem = MailAddress.problem(r.email());
        if (problem != null) {
            log.warn("Training reminder for course {} not sent to person {}: {}", course.id(), r.personId(), problem);
            invalid[0]++;
            return;
        }
        Locale locale = Languages.localeOf(r.language());
        StringBuilder list = new StringBuilder();
        for (TrainingSession s : next) {
            list.append("- ").append(s.localStart().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                    FormatStyle.SHORT).withLocale(locale))).append(" (").append(s.timeZone()).append(")");
            String where = ICalendar.location(s);
            list.append(where == null ? "" : ", " + where).append('\n');
        }
        if (next.isEmpty()) {
            list.append(messages.getMessage("training.mail.noUpcoming", null, locale)).append('\n');
        }
        Object[] args = {course.title(), r.name(), list.toString().strip()};
        mails.add(OutgoingMail.text(org, r.email().strip(), messages.getMessage("training.mail." + kind + ".subject", args, locale),
                messages.getMessage("training.mail." + kind + ".body", args, locale)));
    }
}
