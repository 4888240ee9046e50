package org.uptake.org;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Role;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

@Component
class OrgNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(
                NavLink.forEveryone("/units", "nav.units", 100),
                NavLink.forEveryone("/positions", "nav.positions", 110),
                new NavLink("/people", "nav.people", 120, a -> a.readsWholeOrganization() || a.has(Role.UNIT_HEAD)));
    }
}
