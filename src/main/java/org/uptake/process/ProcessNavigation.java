package org.uptake.process;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** One entry, "Processes"; the strategy, map, centres, RACI and the rest are tabs of the process pages. */
@Component
class ProcessNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(NavLink.forEveryone("/processes", "nav.processes", 700));
    }
}
