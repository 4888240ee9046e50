package org.uptake.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * The problem log's e-mails, written into the outbox in the transaction of the change: the owner when
 * assigned and when the reporter answers, the reporter when asked a question and when it is resolved
 * (with the reporters of its merged duplicates). Each in the recipient's language.
 */
@Component
class ProblemMail {

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    ProblemMail(JdbcClient jdbc, MailOutbox outbox, MessageSource messages, @Value("${uptake.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    record Recipient(long id, String name, String email, String language) {
    }

    void assigned(long org, Problem p) {
        send(org, List.of(p.ownerPersonId()), p, "support.mail.assigned", null);
    }

    void question(long org, Problem p, String question) {
        send(org, List.of(p.reporterPersonId()), p, "support.mail.question", question);
    }

    void replied(long org, Problem p) {
        if (p.ownerPersonId() != null) {
            send(org, List.of(p.ownerPersonId()), p, "support.mail.replied", null);
        }
    }

    void resolved(long org, Problem p, String resolution) {
        List<Long> reporters = new ArrayList<>();
        reporters.add(p.reporterPersonId());
        reporters.addAll(jdbc.sql("select reporter_person_id from problem where organization_id = ? and duplicate_of_id = ?"
                        + " and reporter_person_id is not null").params(org, p.id()).query(Long.class).list());
        send(org, reporters, p, "support.mail.resolved", resolution);
    }

    /** The SLA passed: the person escalated to (manager or unit head) and, as a reminder, the owner. */
    void slaMissed(long org, Problem p, Long escalateTo) {
        String owner = p.ownerPersonId() == null ? null
                : recipients(org, List.of(p.ownerPersonId())).stream().map(Recipient::name).findFirst().orElse(null);
        if (escalateTo != null && !escalateTo.equals(p.ownerPersonId())) {
            send(org, List.of(escalateTo), p, owner == null ? "support.mail.slaMissedUnowned" : "support.mail.slaMissed", owner);
        }
        if (p.ownerPersonId() != null) {
            send(org, List.of(p.ownerPersonId()), p, "support.mail.slaMissedOwner", owner);
        }
    }

    private void send(long org, Collection<Long> personIds, Problem p, String key, String text) {
        List<Long> ids = personIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipient r : recipients(org, ids)) {
            Locale l = Languages.localeOf(r.language());
            Object[] args = {r.name(), p.title(), text == null ? "" : text, baseUrl + "/problems/" + p.id(), p.id()};
            mails.add(OutgoingMail.text(org, r.email(), messages.getMessage(key + ".subject", args, l),
                    messages.getMessage(key + ".body", args, l)));
        }
        outbox.enqueueAll(mails);
    }

    private List<Recipient> recipients(long org, List<Long> ids) {
        return jdbc.sql("""
                select p.id, p.full_name as name, p.email, coalesce(ua.language, p.language, o.default_language) as language
                from person p join organization o on o.id = p.organization_id
                left join user_account ua on ua.person_id = p.id
                where p.organization_id = :org and p.id in (:ids) and p.email is not null""")
                .param("org", org).param("ids", ids).query(Recipient.class).list();
    }
}
