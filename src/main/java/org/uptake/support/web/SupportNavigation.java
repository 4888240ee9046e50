package org.uptake.support.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.uptake.shared.web.NavContribution;
import org.uptake.shared.web.NavLink;

/** "Problems" for everyone (each sees what concerns them) and the FAQ. */
@Component
class SupportNavigation implements NavContribution {

    @Override
    public List<NavLink> links() {
        return List.of(NavLink.forEveryone("/problems", "nav.problems", 500),
                NavLink.forEveryone("/faq", "nav.faq", 510));
    }
}
