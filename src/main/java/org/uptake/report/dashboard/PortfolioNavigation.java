package org.uptake.report.dashboard;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Role;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** The portfolio in the main navigation, for those who oversee programs (the page itself shows each actor what they read). */
@Component
class PortfolioNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("/portfolio", "report.portfolio.nav", 202, a -> a.readsWholeOrganization() || a.has(Role.UNIT_HEAD)));
    }
}
