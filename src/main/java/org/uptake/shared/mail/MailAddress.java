package org.uptake.shared.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether an address from the directory can be mailed at all, checked before a message is queued for it. */
public final class MailAddress {

    private MailAddress() {
    }

    /** Why the address cannot be used ("no e-mail address", "invalid e-mail address: …"), or null when it can. */
    public static String problem(String email) {
        if (email == null || email.isBlank()) {
            return "no e-mail address";
        }
        try {
            new InternetAddress(email.strip(), true).validate();
        } catch (AddressException e) {
            return "invalid e-mail address: " + email;
        }
        int at = email.indexOf('@');
        if (at < 1 || email.indexOf('.', at) < 0) {
            return "invalid e-mail address: " + email;
        }
        return null;
    }
}
