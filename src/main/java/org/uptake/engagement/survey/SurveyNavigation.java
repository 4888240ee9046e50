package org.uptake.engagement.survey;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** Everyone's "Surveys": the ones to answer, and for whole-organisation readers every program's surveys. */
@Component
class SurveyNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(NavLink.forEveryone("/surveys", "nav.surveys", 460));
    }
}
