package org.uptake.program.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * The plan's e-mails (assignment, overdue reminder, escalation to the owner's manager), written in
 * the recipient's language and put in the outbox inside the caller's transaction.
 */
@Component
class TaskMail {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final MailOutbox outbox;
    private final String baseUrl;

    TaskMail(JdbcClient jdbc, MessageSource messages, MailOutbox outbox, @Value("${uptake.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    record Recipient(long id, String email, String name, String language, Long managerId) {
        Locale locale() {
            return Languages.localeOf(language);
        }
    }

    Recipient recipient(long personId) {
        return jdbc.sql("""
                select p.id, p.email, p.full_name as name, coalesce(p.language, o.default_language) as language, p.manager_id
                from person p join organization o on o.id = p.organization_id where p.id = ?""")
                .param(personId).query(Recipient.class).optional().orElse(null);
    }

    /** One message per owner listing their new tasks (a whole plan created at once would otherwise flood them). */
    void assigned(long organizationId, long programId, String programName, Map<Long, List<String>> titlesByOwner) {
        List<OutgoingMail> mails = new ArrayList<>();
        titlesByOwner.forEach((owner, titles) -> {
            Recipient r = recipient(owner);
            if (r == null || r.email() == null) {
                return;
            }
            String list = "- " + String.join("\n- ", titles);
            mails.add(OutgoingMail.text(organizationId, r.email(),
                    text("mail.task.assigned.subject", r, programName, titles.size()),
                    text("mail.task.assigned.body", r, r.name(), programName, list, link(programId))));
        });
        outbox.enqueueAll(mails);
    }

    void overdue(long organizationId, Recipient r, long programId, String programName, String title, LocalDate deadline) {
        if (r == null || r.email() == null) {
            return;
        }
        outbox.enqueue(OutgoingMail.text(organizationId, r.email(), text("mail.task.overdue.subject", r, title),
                text("mail.task.overdue.body", r, r.name(), title, programName, deadline.toString(), baseUrl + "/tasks/mine")));
    }

    void escalated(long organizationId, Recipient manager, String ownerName, long programId, String programName, String title,
                   LocalDate deadline) {
        if (manager == null || manager.email() == null) {
            return;
        }
        outbox.enqueue(OutgoingMail.text(organizationId, manager.email(), text("mail.task.escalated.subject", manager, ownerName, title),
                text("mail.task.escalated.body", manager, manager.name(), ownerName, title, programName, deadline.toString(),
                        link(programId))));
    }

    private String link(long programId) {
        return baseUrl + "/programs/" + programId + "/plan";
    }

    private String text(String key, Recipient r, Object... args) {
        return messages.getMessage(key, args, key, r.locale());
    }
}
