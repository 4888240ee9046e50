package org.uptake.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "No SMTP configured" means no host: UPTAKE_SMTP_HOST unset binds spring.mail.host to an empty string. */
class MailSettingsTests {

    @Test
    void treatsAnEmptyOrBlankHostAsNoSmtpServer() {
        assertThat(new MailSettings("").smtpConfigured()).isFalse();
        assertThat(new MailSettings("  ").smtpConfigured()).isFalse();
        assertThat(new MailSettings(null).smtpConfigured()).isFalse();
        assertThat(new MailSettings("smtp.example.org").smtpConfigured()).isTrue();
    }
}
