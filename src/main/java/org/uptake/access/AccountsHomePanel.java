package org.uptake.access;

import org.springframework.stereotype.Component;
import org.uptake.org.OrganizationService;
import org.uptake.shared.Actor;
import org.uptake.shared.mail.MailOutbox;
import org.uptake.shared.web.HomePanel;

/** The admin's home panel: who can sign in, who is still invited, who has no account, whether mail gets out. */
@Component
class AccountsHomePanel implements HomePanel {

    private final AccountListRepository lists;
    private final MailOutbox outbox;
    private final OrganizationService organizations;

    AccountsHomePanel(AccountListRepository lists, MailOutbox outbox, OrganizationService organizations) {
        this.lists = lists;
        this.outbox = outbox;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String template() {
        return "access/home-accounts";
    }

    @Override
    public Object data(Actor actor) {
        if (!actor.isAdmin()) {
            return null;
        }
        AccountOverview counts = lists.overview(actor.organizationId());
        var mail = outbox.counts(actor.organizationId());
        return new AccountOverview(counts.invited(), counts.active(), counts.deactivated(), counts.invitable(),
                mail.get("PENDING"), mail.get("FAILED"), actor.systemAdmin() ? organizations.all(actor).size() : 0);
    }
}
