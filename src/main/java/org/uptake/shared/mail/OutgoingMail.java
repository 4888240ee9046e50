package org.uptake.shared.mail;

/** A message to put in the outbox; an optional attachment (an iCal invitation, a report) rides along. */
public record OutgoingMail(Long organizationId, String recipient, String subject, String bodyText, String bodyHtml,
                           String attachmentName, String attachmentContentType, byte[] attachment) {

    public static OutgoingMail text(Long organizationId, String recipient, String subject, String body) {
        return new OutgoingMail(organizationId, recipient, subject, body, null, null, null, null);
    }
}
