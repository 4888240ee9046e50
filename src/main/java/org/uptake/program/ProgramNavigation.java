package org.uptake.program;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.Role;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** "Programs" in the main navigation for everyone (non-members see their own tasks there); playbooks for planners. */
@Component
class ProgramNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(
                NavLink.forEveryone("/programs", "nav.programs", 200),
                NavLink.forEveryone("/tasks/mine", "nav.myTasks", 205),
                new NavLink("/playbooks", "nav.playbooks", 910, a -> a.hasAny(Role.ADMIN, Role.COORDINATOR, Role.VIEWER)),
                NavLink.forEveryone("/calendar", "nav.calendar", 920));
    }
}
