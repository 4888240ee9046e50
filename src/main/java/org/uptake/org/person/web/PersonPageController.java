package org.uptake.org.person.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.person.EmploymentStatus;
import org.uptake.org.person.PersonFilter;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.paging.PageRequest;

/** Reading the people directory: the filtered list, a person's page and the person picker. */
@Controller
@RequestMapping("/people")
class PersonPageController {

    private static final int PICKER_SIZE = 20;

    private final PersonService people;
    private final UnitService units;
    private final PositionService positions;
    private final AuditLog audit;

    PersonPageController(PersonService people, UnitService units, PositionService positions, AuditLog audit) {
        this.people = people;
        this.units = units;
        this.positions = positions;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) Long positionId, @RequestParam(required = false) EmploymentStatus status,
                @RequestParam(required = false) String after, Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        var filter = new PersonFilter(unitId, positionId, status);
        model.addAttribute("page", people.list(actor, filter, new PageRequest(q, after, 50)));
        model.addAttribute("q", q);
        model.addAttribute("filter", filter);
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            return "org/people/list :: rows";
        }
        model.addAttribute("unitLabel", unitId == null ? null : units.nameOf(actor, unitId).orElse(null));
        model.addAttribute("positions", positions.all(actor));
        model.addAttribute("statuses", EmploymentStatus.values());
        return "org/people/list";
    }

    /** The matches a person picker offers while the user types; never the whole directory of 20,000. */
    @GetMapping("/picker")
    String picker(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", people.list(CurrentActor.get(), PersonFilter.NONE,
                new PageRequest(q, null, PICKER_SIZE)).items());
        return "org/people/picker :: results";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("view", people.view(actor, id));
        model.addAttribute("reports", people.directReports(actor, id));
        model.addAttribute("history", audit.history(actor.organizationId(), "person", id, 50));
        return "org/people/show";
    }
}
