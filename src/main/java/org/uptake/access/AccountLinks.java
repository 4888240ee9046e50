package org.uptake.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Single-use links that let a person set a password: the invitation for a new account and the
 * password reset. The secret is mailed; only its hash is stored, and it works once. Invitations
 * for thousands of accounts are issued set-based: a few statements per thousand, not per person.
 */
@Component
class AccountLinks {

    static final Duration INVITATION_TTL = Duration.ofDays(14);
    static final Duration RESET_TTL = Duration.ofHours(1);
    /** Reset mails per account and hour; more requests are answered the same way but send nothing. */
    static final int MAX_RESETS_PER_HOUR = 3;
    private static final int CHUNK = 1000;

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
        int queued = 0;
        for (int from = 0; from < accountIds.size(); from += CHUNK) {
            List<Long> chunk = accountIds.subList(from, Math.min(accountIds.size(), from + CHUNK));
            List<Recipient> recipients = recipients(chunk);
            List<String> secrets = issue(recipients.stream().map(Recipient::id).toList(), Purpose.INVITATION, INVITATION_TTL);
            List<OutgoingMail> mails = new ArrayList<>(recipients.size());
            for (int i = 0; i < recipients.size(); i++) {
                Recipient r = recipients.get(i);
                Locale locale = Languages.localeOf(r.language());
                String link = baseUrl + "/invitation/" + secrets.get(i);
                mails.add(OutgoingMail.text(r.organizationId(), r.email(),
                        messages.getMessage("mail.invitation.subject", new Object[]{r.organizationName()}, locale),
                        messages.getMessage("mail.invitation.body", new Object[]{r.name(), r.organizationName(), link,
                                r.username(), INVITATION_TTL.toDays()}, locale)));
            }
            outbox.enqueueAll(mails);
            queued += mails.size();
        }
        return queued;
    }

    /** Queues a reset mail unless the account has no address or already got {@value #MAX_RESETS_PER_HOUR} this hour. */
    boolean sendPasswordReset(long accountId) {
        long recent = jdbc.sql("""
                select count(*) from account_link where user_id = ? and purpose = 'PASSWORD_RESET' and created_at > now() - interval '1 hour'""")
                .param(accountId).query(Long.class).single();
        if (recent >= MAX_RESETS_PER_HOUR) {
            return false;
        }
        return recipients(List.of(accountId)).stream().findFirst().map(r -> {
            String secret = issue(List.of(accountId), Purpose.PASSWORD_RESET, RESET_TTL).getFirst();
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
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select l.user_id from account_link l join user_account a on a.id = l.user_id
                where l.token_hash = ? and l.purpose = ? and l.used_at is null and l.expires_at > now()
                  and a.status <> 'DEACTIVATED'""")
                .params(Secrets.hash(secret), purpose.name()).query(Long.class).optional();
    }

    /**
     * Marks the link used and returns its account, only if it was still valid and its account is
     * not deactivated; a second use, an expired link or a foreign secret get nothing.
     */
    Optional<Long> consume(String secret, Purpose purpose) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update account_link l set used_at = now() from user_account a
                where a.id = l.user_id and a.status <> 'DEACTIVATED'
                  and l.token_hash = ? and l.purpose = ? and l.used_at is null and l.expires_at > now()
                returning l.user_id""")
                .params(Secrets.hash(secret), purpose.name()).query(Long.class).optional();
    }

    private static boolean plausible(String secret) {
        return secret != null && !secret.isBlank() && secret.length() <= 100;
    }

    /** New links for the accounts, in their order; older unused links of the same purpose stop working. */
    private List<String> issue(List<Long> accountIds, Purpose purpose, Duration ttl) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        String ids = array(accountIds);
        jdbc.sql("update account_link set used_at = now() where user_id = any(cast(? as bigint[])) and purpose = ? and used_at is null")
                .params(ids, purpose.name()).update();
        List<String> secrets = new ArrayList<>(accountIds.size());
        List<String> hashes = new ArrayList<>(accountIds.size());
        for (int i = 0; i < accountIds.size(); i++) {
            String secret = Secrets.generate("");
            secrets.add(secret);
            hashes.add(Secrets.hash(secret));
        }
        // Hashes are hex digits, safe inside an array literal.
        jdbc.sql("""
                insert into account_link (user_id, purpose, token_hash, expires_at)
                select u, ?, h, ? from unnest(cast(? as bigint[]), cast(? as text[])) as t(u, h)""")
                .params(purpose.name(), Timestamp.from(Instant.now().plus(ttl)), ids, "{" + String.join(",", hashes) + "}")
                .update();
        return secrets;
    }

    /** Who gets the mail, for many accounts in one query, in the order of the ids given. */
    private List<Recipient> recipients(Collection<Long> accountIds) {
        List<Recipient> found = jdbc.sql("""
                select a.id, a.organization_id, a.username, coalesce(p.full_name, a.username) as name,
                       coalesce(p.email, case when a.username like '%@%' then a.username end) as email,
                       coalesce(a.language, p.language, o.default_language) as language, o.name as organization_name
                from user_account a join organization o on o.id = a.organization_id
                left join person p on p.id = a.person_id where a.id = any(cast(? as bigint[]))
                order by a.id""")
                .param(array(accountIds)).query(Recipient.class).list();
        return found.stream().filter(r -> r.email() != null).toList();
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    record Recipient(long id, long organizationId, String username, String name, String email, String language,
                     String organizationName) {
    }
}
