package org.uptake.access.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.uptake.access.Account;
import org.uptake.org.person.PersonService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;

/** What an account's page shows, whether it is opened or re-shown with the reason a change was refused. */
@Component
class AccountPageModel {

    private final PersonService people;
    private final AuditLog audit;

    AccountPageModel(PersonService people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    void fill(Actor actor, Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("person", account.personId() == null ? null : people.view(actor, account.personId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("history", audit.history(actor.organizationId(), "account", account.id(), 50));
    }
}
