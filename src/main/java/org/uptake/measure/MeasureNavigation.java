package org.uptake.measure;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** "KPIs" in the main navigation: the KPIs of every program the person reads. */
@Component
class MeasureNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("/kpis", "nav.kpis", 600, a -> a.readsWholeOrganization() || a.personId() != null));
    }
}
