package org.uptake.shared.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether Uptake has an SMTP server. {@code spring.mail.host} is bound to UPTAKE_SMTP_HOST with
 * an empty default, and an empty host still makes Spring create a mail sender — which would fail
 * every message. So "configured" means a non-blank host.
 */
@Component
class MailSettings {

    private final boolean smtpConfigured;

    MailSettings(@Value("${spring.mail.host:}") String host) {
        this.smtpConfigured = host != null && !host.isBlank();
    }

    boolean smtpConfigured() {
        return smtpConfigured;
    }
}
