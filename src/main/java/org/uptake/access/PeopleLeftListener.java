package org.uptake.access;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.org.person.PeopleLeft;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;

/** A person who leaves can no longer sign in: their account is deactivated in the same transaction. */
@Component
class PeopleLeftListener {

    private final AccountRepository accounts;
    private final AuditLog audit;

    PeopleLeftListener(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void on(PeopleLeft event) {
        Actor actor = CurrentActor.find().orElse(Actor.system(event.organizationId()));
        for (long accountId : accounts.deactivateForPeople(event.organizationId(), event.personIds())) {
            audit.action(actor, AccountService.ENTITY, accountId, "deactivated", Map.of("reason", "person left"));
        }
    }
}
