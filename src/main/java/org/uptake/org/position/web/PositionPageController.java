package org.uptake.org.position.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionForm;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.FormErrors;

@Controller
@RequestMapping("/positions")
class PositionPageController {

    private final PositionService positions;
    private final AuditLog audit;

    PositionPageController(PositionService positions, AuditLog audit) {
        this.positions = positions;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
                Model model, HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("page", positions.list(CurrentActor.get(), new PageRequest(q, after, 50)));
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null
                ? "org/positions/list :: rows" : "org/positions/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentActor.get().require("create position", Role.ADMIN);
        model.addAttribute("form", new PositionForm());
        return "org/positions/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PositionForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            return "org/positions/form";
        }
        try {
            Position created = positions.create(CurrentActor.get(), form);
            return "redirect:/positions/" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return "org/positions/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("position", positions.get(actor, id));
        model.addAttribute("history", audit.history(actor.organizationId(), "position", id, 50));
        return "org/positions/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        actor.require("edit position", Role.ADMIN);
        Position p = positions.get(actor, id);
        model.addAttribute("position", p);
        model.addAttribute("form", PositionForm.of(p));
        return "org/positions/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PositionForm form, BindingResult binding,
                  Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("position", positions.get(actor, id));
        if (binding.hasErrors()) {
            return "org/positions/form";
        }
        try {
            positions.update(actor, id, form);
            return "redirect:/positions/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return "org/positions/form";
        } catch (StaleVersionException e) {
            binding.reject("error.stale");
            return "org/positions/form";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version) {
        positions.delete(CurrentActor.get(), id, version);
        return "redirect:/positions";
    }
}
