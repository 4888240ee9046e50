package org.uptake.competency;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** One entry, "Competencies": duties, profiles, the catalogue, assessments and standards are reached from there. */
@Component
class CompetencyNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(NavLink.forEveryone("/competencies", "nav.competencies", 750));
    }
}
