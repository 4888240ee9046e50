package org.uptake.procurement.supplier;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * The daily check of the weekly status meetings: when a week has passed without a meeting with a
 * vendor or integrator, the program's coordinators get an e-mail (again after another week if still
 * none). Runs on one node (ShedLock); {@link #run} is what tests call. The tab shows the same alert live.
 */
@Component
public class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    MeetingReminders(JdbcClient jdbc, MailOutbox outbox, MessageSource messages, @Value("${uptake.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${uptake.procurement.meeting-check-cron:0 20 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "procurement-meeting-check", lockAtMostFor = "PT30M")
    public void daily() {
        int alerted = run(LocalDate.now(ZoneOffset.UTC));
        if (alerted > 0) {
            log.info("Status meetings: {} suppliers without a meeting for a week", alerted);
        }
    }

    private record Due(long id, long organizationId, long programId, String programName, String name, LocalDate lastContactOn) {
    }

    private record Coordinator(String email, String name, String language) {
    }

    /** Alerts about every supplier overdue for a meeting on {@code today}; returns how many. */
    @Transactional
    public int run(LocalDate today) {
        List<Due> due = jdbc.sql("select s.id, s.organization_id, s.program_id, p.name as program_name, s.name, "
                        + SupplierRepository.LAST_CONTACT + " as last_contact_on from procurement_supplier s "
                        + "join program p on p.id = s.program_id where p.status <> 'CLOSED' "
                        + "and (s.meeting_alerted_on is null or s.meeting_alerted_on <= cast(:today as date) - 7) "
                        + "and " + SupplierRepository.LAST_CONTACT + " < cast(:today as date) - " + Supplier.MEETING_EVERY_DAYS
                        + " order by s.id limit 1000")
                .param("today", today).query(Due.class).list();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Due d : due) {
            for (Coordinator c : coordinators(d.programId())) {
                var locale = Languages.localeOf(c.language());
                mails.add(OutgoingMail.text(d.organizationId(), c.email(),
                        messages.getMessage("procurement.mail.meeting.subject", new Object[]{d.name()}, locale),
                        messages.getMessage("procurement.mail.meeting.body", new Object[]{c.name(), d.name(), d.programName(),
                                d.lastContactOn().toString(), baseUrl + "/programs/" + d.programId() + "/procurement/suppliers/" + d.id()},
                                locale)));
            }
            jdbc.sql("update procurement_supplier set meeting_alerted_on = ? where id = ?").params(today, d.id()).update();
        }
        outbox.enqueueAll(mails);
        return due.size();
    }

    private List<Coordinator> coordinators(long programId) {
        return jdbc.sql("""
                select pe.email, pe.full_name as name, coalesce(pe.language, o.default_language) as language
                from program_member m join person pe on pe.id = m.person_id join organization o on o.id = pe.organization_id
                where m.program_id = ? and m.role in ('COORDINATOR', 'DEPUTY') and pe.email is not null""")
                .param(programId).query(Coordinator.class).list();
    }
}
