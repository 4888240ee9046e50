package org.uptake.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Single-use links that let a person set a password: the invitation for a new account and the
 * password reset. The secret is mailed; only its hash is stored, and it works once.
 */
@Component
class AccountLinks {

    static final Duration INVITATION_TTL = Duration.ofDays(14);
    static final Duration RESET_TTL = Duration.ofHours(1);

    enum Purpose { INVITATION, PASSWORD_RESET }

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    AccountLinks(JdbcClient jdbc, MailOutbox outbox, MessageSource messages, @Value("${uptake.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issues links for many accounts at once and queues one mail each; accounts without an address are skipped. */
    int sendInvitations(List<Long> accountIds) {
        List<OutgoingMail> mails = new ArrayList<>();
        for (long id : accountIds) {
            recipient(id).ifPresent(r -> {
                String secret = issue(id, Purpose.INVITATION, INVITATION_TTL);
                Locale locale = Languages.localeOf(r.language());
                String link = baseUrl + "/invitation/" + secret;
                mails.add(OutgoingMail.text(r.organizationId(), r.email(),
                        messages.getMessage("mail.invitation.subject", new Object[]{r.organizationName()}, locale),
                        messages.getMessage("mail.invitation.body", new Object[]{r.name(), r.organizationName(), link, r.username(),
                                INVITATION_TTL.toDays()}, locale)));
            });
        }
        outbox.enqueueAll(mails);
        return mails.size();
    }

    boolean sendPasswordReset(long accountId) {
        return recipient(accountId).map(r -> {
            String secret = issue(accountId, Purpose.PASSWORD_RESET, RESET_TTL);
            Locale locale = Languages.localeOf(r.language());
            String link = baseUrl + "/password-reset/" + secret;
            outbox.enqueue(OutgoingMail.text(r.organizationId(), r.email(),
                    messages.getMessage("mail.reset.subject", null, locale),
                    messages.getMessage("mail.reset.body", new Object[]{r.name(), link, r.username(), RESET_TTL.toMinutes()}, locale)));
            return true;
        }).orElse(false);
    }

    /** The account a still-valid link belongs to, without using the link up. */
    Optional<Long> peek(String secret, Purpose purpose) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select user_id from account_link where token_hash = ? and purpose = ? and used_at is null and expires_at > now()""")
                .params(Secrets.hash(secret), purpose.name()).query(Long.class).optional();
    }

    /** Marks the link used; returns its account only if it was still valid (a second use gets nothing). */
    Optional<Long> consume(String secret, Purpose purpose) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update account_link set used_at = now()
                where token_hash = ? and purpose = ? and used_at is null and expires_at > now() returning user_id""")
                .params(Secrets.hash(secret), purpose.name()).query(Long.class).optional();
    }

    private String issue(long accountId, Purpose purpose, Duration ttl) {
        // A new link replaces older unused ones of the same purpose.
        jdbc.sql("update account_link set used_at = now() where user_id = ? and purpose = ? and used_at is null")
                .params(accountId, purpose.name()).update();
        String secret = Secrets.generate("");
        jdbc.sql("insert into account_link (user_id, purpose, token_hash, expires_at) values (?, ?, ?, ?)")
                .params(accountId, purpose.name(), Secrets.hash(secret), Timestamp.from(Instant.now().plus(ttl))).update();
        return secret;
    }

    private Optional<Recipient> recipient(long accountId) {
        return jdbc.sql("""
                select a.organization_id, a.username, coalesce(p.full_name, a.username) as name,
                       coalesce(p.email, case when a.username like '%@%' then a.username end) as email,
                       coalesce(a.language, p.language, o.default_language) as language, o.name as organization_name
                from user_account a join organization o on o.id = a.organization_id
                left join person p on p.id = a.person_id where a.id = ?""")
                .param(accountId).query(Recipient.class).optional()
                .filter(r -> r.email() != null);
    }

    record Recipient(long organizationId, String username, String name, String email, String language,
                     String organizationName) {
    }
}
