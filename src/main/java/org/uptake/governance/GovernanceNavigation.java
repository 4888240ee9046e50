package org.uptake.governance;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** Working groups and documents: everyone reads the groups; everyone has documents addressed to them. */
@Component
class GovernanceNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(NavLink.forEveryone("/working-groups", "nav.governance", 850),
                NavLink.forEveryone("/documents", "nav.documents", 855));
    }
}
