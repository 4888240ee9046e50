package org.uptake.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;

/** What every page's layout needs: who is signed in, the languages on offer, the current path. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
