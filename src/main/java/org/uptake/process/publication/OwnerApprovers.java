package org.uptake.process.publication;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.org.OrganizationService;
import org.uptake.org.person.EmploymentStatus;
import org.uptake.org.person.PersonFilter;
import org.uptake.org.person.PersonRow;
import org.uptake.org.person.PersonService;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Actor;
import org.uptake.shared.paging.PageRequest;

/**
 * Who signs a specification off: the people who hold its owner position (the owner is a position;
 * whoever holds it is accountable for the goals and may change the process).
 */
@Component
class OwnerApprovers {

    private static final int MAX_APPROVERS = 20;

    private final PersonService people;
    private final MessageSource messages;
    private final OrganizationService organizations;

    OwnerApprovers(PersonService people, MessageSource messages, OrganizationService organizations) {
        this.people = people;
        this.messages = messages;
        this.organizations = organizations;
    }

    /** The current holders of the owner position; read as the system, since an owner may not list people. */
    List<Long> holders(Actor actor, Process process) {
        if (process.ownerPositionId() == null) {
            return List.of();
        }
        return people.list(Actor.system(actor.organizationId()), new PersonFilter(null, process.ownerPositionId(),
                EmploymentStatus.ACTIVE), PageRequest.first(MAX_APPROVERS)).items().stream().map(PersonRow::id).toList();
    }

    String title(Actor actor, Process process) {
        String title = messages.getMessage("process.signOff.title", new Object[]{process.name()}, locale(actor));
        return title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }

    /** Why a sign-off no longer holds, in the organisation's language (it is stored with the request). */
    String staleReason(long organizationId) {
        String language = organizations.find(organizationId).map(o -> o.defaultLanguage()).orElse("en");
        return messages.getMessage("process.signOff.stale", null, Locale.forLanguageTag(language));
    }

    String stepName(Actor actor) {
        return messages.getMessage("process.signOff.step", null, locale(actor));
    }

    private static Locale locale(Actor actor) {
        return Locale.forLanguageTag(actor.language() == null ? "en" : actor.language());
    }
}
