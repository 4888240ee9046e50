package org.uptake.training;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** "My trainings" for everyone who is a person of the organisation; courses and sessions are reached from the program. */
@Component
class TrainingNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink("/training/mine", "nav.myTrainings", 400, a -> a.personId() != null));
    }
}
