package org.uptake.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;

/** What every page's layout needs: who is signed in, their navigation, the languages on offer, the current path. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final java.util.List<NavContribution> contributions;

    LayoutModel(java.util.List<NavContribution> contributions) {
        this.contributions = contributions;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("navigation")
    java.util.List<NavLink> navigation() {
        return CurrentActor.find().map(a -> contributions.stream().flatMap(c -> c.links().stream())
                        .filter(l -> l.visibleTo().test(a))
                        .sorted(java.util.Comparator.comparingInt(NavLink::order)).toList())
                .orElse(java.util.List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
