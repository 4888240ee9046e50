package org.uptake.engagement.communication;

import java.time.Instant;

/**
 * A line of an e-mail item's sent log: the recipient, and either why they could not be addressed (INVALID) or
 * how the outbox delivered it ({@code mailStatus} PENDING, SENT or FAILED, with attempts and the last error).
 */
public record Delivery(long id, String name, String email, String language, String status, String problem, String mailStatus,
                       Integer attempts, String lastError, Instant sentAt) {

    /** One word for the log: waiting, sent, failed, invalid. */
    public String state() {
        if ("INVALID".equals(status)) {
            return "INVALID";
        }
        if ("PENDING".equals(status) || mailStatus == null) {
            return "PENDING";
        }
        return mailStatus;
    }
}
