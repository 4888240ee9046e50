package org.uptake.support;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.procurement.integration.IntegrationVerificationOverdue;
import org.uptake.shared.Actor;
import org.uptake.support.sla.ProblemSeverity;

/**
 * Opens an integration-failure problem when procurement's daily check finds an integration nobody
 * verified in time — one open problem per integration, however often the check repeats. The problem
 * is written in English: no person reports it, so there is no reporter's language to follow.
 */
@Component
class IntegrationFailures {

    private final ProblemService problems;
    private final MessageSource messages;

    IntegrationFailures(ProblemService problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @EventListener
    void on(IntegrationVerificationOverdue e) {
        var form = new ProblemForm();
        form.setType(ProblemType.INTEGRATION_FAILURE);
        form.setSeverity(ProblemSeverity.HIGH);
        form.setProgramId(e.programId());
        String title = text("support.integration.title", e.systemName());
        form.setTitle(title.length() > 200 ? title.substring(0, 199) + "…" : title);
        form.setDescription(text("support.integration.description", e.systemName(),
                e.lastVerifiedOn() == null ? "—" : e.lastVerifiedOn().toString(), e.dueOn().toString()));
        problems.reportFromSource(Actor.system(e.organizationId()), form, e.sourceKey(), text("support.integration.reporter"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
