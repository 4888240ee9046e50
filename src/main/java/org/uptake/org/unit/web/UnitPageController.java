package org.uptake.org.unit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.person.PersonFilter;
import org.uptake.org.person.PersonService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/** Reading the unit tree: the tree itself, the searchable list, a unit's page, the unit picker; and deleting. */
@Controller
@RequestMapping("/units")
class UnitPageController {

    /** Enough to recognise the unit's people; the rest are one click away on the paged people list. */
    private static final int PEOPLE_PREVIEW = 20;
    private static final int PICKER_SIZE = 20;

    private final UnitService units;
    private final PersonService people;
    private final AuditLog audit;

    UnitPageController(UnitService units, PersonService people, AuditLog audit) {
        this.units = units;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", units.tree(CurrentActor.get()));
        return "org/units/tree";
    }

    /** The sub-units of one branch, fetched by the tree page when the branch is first opened. */
    @GetMapping("/{id}/branch")
    String branch(@PathVariable long id, Model model) {
        model.addAttribute("branch", units.branch(CurrentActor.get(), id));
        return "org/units/node :: children";
    }

    @GetMapping("/list")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
                Model model, HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("page", units.list(CurrentActor.get(), new PageRequest(q, after, 50)));
        return isHtmxSwap(request) ? "org/units/list :: rows" : "org/units/list";
    }

    /** The matches a unit picker offers while the user types (the tree can have a thousand units). */
    @GetMapping("/picker")
    String picker(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", units.list(CurrentActor.get(), new PageRequest(q, null, PICKER_SIZE)).items());
        return "org/units/picker :: results";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        showModel(CurrentActor.get(), id, model);
        return "org/units/show";
    }

    /** A refused delete (sub-units, people, a newer version) is explained on the unit's own page. */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            units.delete(actor, id, version);
            return "redirect:/units";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        showModel(actor, id, model);
        return "org/units/show";
    }

    private void showModel(Actor actor, long id, Model model) {
        model.addAttribute("view", units.view(actor, id));
        model.addAttribute("children", units.children(actor, id));
        if (people.mayList(actor)) {
            model.addAttribute("people", people.list(actor, new PersonFilter(id, null, null),
                    PageRequest.first(PEOPLE_PREVIEW)));
        }
        model.addAttribute("history", audit.history(actor.organizationId(), "unit", id, 50));
    }

    /** An htmx request that replaces only the result rows; a boosted navigation wants the whole page. */
    static boolean isHtmxSwap(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
    }
}
