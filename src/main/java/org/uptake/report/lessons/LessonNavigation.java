package org.uptake.report.lessons;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** "Lessons learned" in the main navigation, for whoever reads programs. */
@Component
class LessonNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("/lessons", "nav.lessons", 890, a -> a.readsWholeOrganization() || a.personId() != null));
    }
}
