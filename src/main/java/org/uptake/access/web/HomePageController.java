package org.uptake.access.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.uptake.org.OrganizationService;
import org.uptake.org.person.PersonService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Role;
import org.uptake.shared.web.HomePanel;

/**
 * The home page answers each role's first question: the admin's organisation at a glance, the
 * coordinator's programs, the unit head's unit, the employee's "what does this mean for me?".
 */
@Controller
class HomePageController {

    private final OrganizationService organizations;
    private final PersonService people;
    private final List<HomePanel> panels;

    HomePageController(OrganizationService organizations, PersonService people, List<HomePanel> panels) {
        this.organizations = organizations;
        this.people = people;
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    /** A contributed panel with what it shows for the current actor. */
    record Shown(String template, Object data) {
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("organization", organizations.current(actor));
        model.addAttribute("summary", organizations.summary(actor));
        if (actor.personId() != null) {
            model.addAttribute("me", people.view(actor, actor.personId()));
        }
        model.addAttribute("isCoordinator", actor.has(Role.COORDINATOR));
        List<Shown> shown = new ArrayList<>();
        for (HomePanel panel : panels) {
            Object data = panel.data(actor);
            if (data != null) {
                shown.add(new Shown(panel.template(), data));
            }
        }
        model.addAttribute("panels", shown);
        return "access/home";
    }
}
