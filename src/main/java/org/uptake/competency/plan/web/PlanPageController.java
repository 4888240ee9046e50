package org.uptake.competency.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.competency.plan.PersonalAccess;
import org.uptake.competency.plan.PlanItem;
import org.uptake.competency.plan.PlanItemForm;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/** A person's individual training plan. */
@Controller
class PlanPageController {

    private static final String PAGE = "competency/plan";

    private final TrainingPlanService plans;
    private final PersonalAccess access;

    PlanPageController(TrainingPlanService plans, PersonalAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @GetMapping("/people/{id}/plan")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", new PlanItemForm());
        return page(CurrentActor.get(), id, model);
    }

    @PostMapping("/people/{id}/plan")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") PlanItemForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                plans.addManual(actor, id, form);
                return "redirect:/people/" + id + "/plan";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return page(actor, id, model);
    }

    @PostMapping("/plan-items/{itemId}/{action}")
    String close(@PathVariable long itemId, @PathVariable String action, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        PlanItem item = plans.get(actor, itemId);
        try {
            switch (action) {
                case "complete" -> plans.complete(actor, itemId, version);
                case "cancel" -> plans.cancel(actor, itemId, version);
                default -> throw new org.uptake.shared.error.NotFoundException("action", action);
            }
            return "redirect:/people/" + item.personId() + "/plan";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        model.addAttribute("form", new PlanItemForm());
        return page(actor, item.personId(), model);
    }

    private String page(Actor actor, long personId, Model model) {
        model.addAttribute("person", access.requireReader(actor, personId));
        model.addAttribute("items", plans.plan(actor, personId));
        model.addAttribute("mayManage", plans.mayManage(actor, personId));
        model.addAttribute("self", actor.personId() != null && actor.personId() == personId);
        return PAGE;
    }
}
