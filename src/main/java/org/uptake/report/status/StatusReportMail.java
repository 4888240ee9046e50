package org.uptake.report.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountActors;
import org.uptake.program.ProgramService;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Mails a new report to the program's subscribers with the PDF attached, in each one's language, through
 * the outbox in the generating transaction. A subscriber who can no longer read the program gets nothing.
 */
@Component
class StatusReportMail {

    private final AccountActors accounts;
    private final ProgramService programs;
    private final StatusReportDocuments documents;
    private final MessageSource messages;
    private final MailOutbox outbox;
    private final String baseUrl;

    StatusReportMail(AccountActors accounts, ProgramService programs, StatusReportDocuments documents, MessageSource messages,
                     MailOutbox outbox, @Value("${uptake.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.programs = programs;
        this.documents = documents;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    void send(long organizationId, StatusReport report, List<Long> subscriberIds) {
        Map<String, byte[]> pdfByLanguage = new HashMap<>();
        List<OutgoingMail> mails = new ArrayList<>();
        String link = baseUrl + "/programs/" + report.programId() + "/reports/" + report.id();
        for (long accountId : subscriberIds) {
            accounts.recipient(organizationId, accountId)
                    .filter(r -> r.email() != null && programs.access(r.actor(), report.programId()).reads())
                    .ifPresent(r -> {
                        String language = r.actor().language() == null ? "en" : r.actor().language();
                        Locale locale = Locale.forLanguageTag(language);
                        byte[] pdf = pdfByLanguage.computeIfAbsent(language, k -> documents.pdf(report, locale));
                        String rag = messages.getMessage("report.rag." + report.rag().name(), null, locale);
                        Object[] args = {report.figures().programName(), report.periodEnd().toString(), rag, link};
                        mails.add(new OutgoingMail(organizationId, r.email(), messages.getMessage("report.mail.subject", args, locale),
                                messages.getMessage("report.mail.body", args, locale), null,
                                documents.fileName(report) + ".pdf", "application/pdf", pdf));
                    });
        }
        outbox.enqueueAll(mails);
    }
}
