package org.uptake.access;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

@Component
class AccessNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(
                new NavLink("/imports", "nav.imports", 900, Actor::isAdmin),
                new NavLink("/admin/accounts", "nav.accounts", 910, Actor::isAdmin),
                new NavLink("/admin/audit", "nav.audit", 920, Actor::isAdmin),
                new NavLink("/admin/mail", "nav.mail", 930, Actor::isAdmin),
                new NavLink("/admin/organizations", "nav.organizations", 940, Actor::systemAdmin));
    }
}
