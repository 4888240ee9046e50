package org.uptake.approval.notify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffDelegated;
import org.uptake.approval.event.SignOffMarkedStale;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.approval.event.SignOffStepOpened;
import org.uptake.shared.Languages;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.mail.OutgoingMail;

/**
 * Writes the sign-off e-mails into the outbox, in the transaction of the change that caused
 * them: approvers (and whoever acts for them) when their step opens, the requester on the
 * outcome or a stale flag, a delegate when handed a place, the waiting approvers on a cancellation.
 */
@Component
class SignOffMail {

    private final NotifyRepository notify;
    private final DelegationService delegations;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    SignOffMail(NotifyRepository notify, DelegationService delegations, MailOutbox outbox, MessageSource messages,
                @Value("${uptake.base-url}") String baseUrl) {
        this.notify = notify;
        this.delegations = delegations;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    void on(SignOffStepOpened e) {
        var s = notify.summary(e.signOffId()).orElseThrow();
        List<OutgoingMail> mails = new ArrayList<>();
        for (var r : notify.recipients(e.organizationId(), e.approverPersonIds())) {
            Locale l = locale(r);
            mails.add(mail(e.organizationId(), r, text("approval.mail.open.subject", l, s.title()),
                    text("approval.mail.open.body", l, r.name(), s.requesterName(), s.title(), describe(s), step(s, l),
                            due(s.dueOn(), l), link(s.id()))));
        }
        Map<Long, List<Long>> delegates = delegations.delegatesOf(e.organizationId(), e.signOffId(),
                e.approverPersonIds(), LocalDate.now());
        Set<Long> acting = new LinkedHashSet<>();
        delegates.values().forEach(acting::addAll);
        Map<Long, String> names = notify.names(e.organizationId(), delegates.keySet());
        for (var r : notify.recipients(e.organizationId(), acting)) {
            Locale l = locale(r);
            String forWhom = String.join(", ", delegates.entrySet().stream().filter(x -> x.getValue().contains(r.id()))
                    .map(x -> names.getOrDefault(x.getKey(), "?")).toList());
            mails.add(mail(e.organizationId(), r, text("approval.mail.open.subject", l, s.title()),
                    text("approval.mail.openDelegate.body", l, r.name(), s.requesterName(), s.title(), describe(s),
                            step(s, l), due(s.dueOn(), l), link(s.id()), forWhom)));
        }
        outbox.enqueueAll(mails);
    }

    @EventListener
    void on(SignOffApproved e) {
        toRequester(e.organizationId(), e.signOffId(), (s, r, l) -> List.of(
                text("approval.mail.approved.subject", l, s.title()),
                text(e.hasConditions() ? "approval.mail.approvedConditions.body" : "approval.mail.approved.body", l,
                        r.name(), s.title(), link(s.id()), String.join("\n", e.conditions().stream()
                                .map(c -> "• " + c.text() + " (" + c.approverName() + ")").toList()))));
    }

    @EventListener
    void on(SignOffRejected e) {
        toRequester(e.organizationId(), e.signOffId(), (s, r, l) -> List.of(
                text("approval.mail.rejected.subject", l, s.title()),
                text("approval.mail.rejected.body", l, r.name(), s.title(), e.reason() == null ? "" : e.reason(),
                        link(s.id()))));
    }

    @EventListener
    void on(SignOffMarkedStale e) {
        toRequester(e.organizationId(), e.signOffId(), (s, r, l) -> List.of(
                text("approval.mail.stale.subject", l, s.title()),
                text("approval.mail.stale.body", l, r.name(), s.title(), e.reason(), link(s.id()))));
    }

    @EventListener
    void on(SignOffDelegated e) {
        var s = notify.summary(e.signOffId()).orElseThrow();
        String approverName = notify.names(e.organizationId(), List.of(e.approverPersonId()))
                .getOrDefault(e.approverPersonId(), "");
        List<OutgoingMail> mails = new ArrayList<>();
        for (var r : notify.recipients(e.organizationId(), List.of(e.delegatePersonId()))) {
            Locale l = locale(r);
            mails.add(mail(e.organizationId(), r, text("approval.mail.delegated.subject", l, s.title()),
                    text("approval.mail.delegated.body", l, r.name(), approverName, s.title(), due(s.dueOn(), l),
                            link(s.id()))));
        }
        outbox.enqueueAll(mails);
    }

    @EventListener
    void on(SignOffCancelled e) {
        var s = notify.summary(e.signOffId()).orElseThrow();
        List<OutgoingMail> mails = new ArrayList<>();
        // The open step is already closed by now; those who had not decided in the round are told.
        for (var r : notify.recipients(e.organizationId(), notify.undecidedInRound(e.signOffId(), s.round()))) {
            Locale l = locale(r);
            mails.add(mail(e.organizationId(), r, text("approval.mail.cancelled.subject", l, s.title()),
                    text("approval.mail.cancelled.body", l, r.name(), s.title(), s.requesterName(),
                            e.reason() == null ? "" : e.reason(), link(s.id()))));
        }
        outbox.enqueueAll(mails);
    }

    interface Composer {
        List<String> compose(NotifyRepository.Summary s, NotifyRepository.Recipient r, Locale l);
    }

    private void toRequester(long organizationId, long signOffId, Composer composer) {
        var s = notify.summary(signOffId).orElseThrow();
        if (s.requesterPersonId() == null) {
            return;
        }
        for (var r : notify.recipients(organizationId, List.of(s.requesterPersonId()))) {
            List<String> subjectAndBody = composer.compose(s, r, locale(r));
            outbox.enqueue(mail(organizationId, r, subjectAndBody.get(0), subjectAndBody.get(1)));
        }
    }

    String link(long signOffId) {
        return baseUrl + "/sign-offs/" + signOffId;
    }

    private String describe(NotifyRepository.Summary s) {
        String text = s.description() == null ? "" : s.description();
        return s.linkPath() == null ? text : (text.isEmpty() ? "" : text + "\n") + baseUrl + s.linkPath();
    }

    private String step(NotifyRepository.Summary s, Locale l) {
        String number = String.valueOf(s.stepOrdinal() == null ? 1 : s.stepOrdinal());
        return s.stepName() == null ? number : number + " — " + s.stepName();
    }

    String due(LocalDate due, Locale l) {
        return due == null ? text("approval.mail.noDue", l)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l).format(due);
    }

    static Locale locale(NotifyRepository.Recipient r) {
        return Languages.localeOf(r.language());
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static OutgoingMail mail(long organizationId, NotifyRepository.Recipient r, String subject, String body) {
        return OutgoingMail.text(organizationId, r.email(), subject, body);
    }
}
