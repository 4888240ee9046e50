package org.uptake.process.centre.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.process.centre.CentreForms;
import org.uptake.process.centre.CentreService;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** Responsibility centres: the list with orphan processes and duplicated functions, and each centre's page. */
@Controller
@RequestMapping("/processes/centres")
class CentrePageController {

    private final CentreService centres;

    CentrePageController(CentreService centres) {
        this.centres = centres;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("centres", centres.all(actor));
        model.addAttribute("orphans", centres.orphans(actor));
        model.addAttribute("duplicates", centres.duplicates(actor));
        model.addAttribute("mayEdit", centres.mayEdit(actor));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CentreForms.Centre());
        }
        return "process/centres";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CentreForms.Centre form, BindingResult binding, RedirectAttributes redirect) {
        return change(binding, redirect, "/processes/centres", actor -> "/processes/centres/" + centres.create(actor, form).id());
    }

    @GetMapping("/{centreId}")
    String show(@PathVariable long centreId, Model model) {
        Actor actor = CurrentActor.get();
        ResponsibilityCentre centre = centres.get(actor, centreId);
        model.addAttribute("centre", centre);
        model.addAttribute("functions", centres.functionsOf(actor, centreId));
        model.addAttribute("mayEdit", centres.mayEdit(actor));
        model.addAttribute("form", CentreForms.Centre.of(centre));
        return "process/centre";
    }

    @PostMapping("/{centreId}")
    String update(@PathVariable long centreId, @Valid @ModelAttribute("form") CentreForms.Centre form, BindingResult binding,
                  RedirectAttributes redirect) {
        String back = "/processes/centres/" + centreId;
        return change(binding, redirect, back, actor -> {
            centres.update(actor, centreId, form);
            return back;
        });
    }

    @PostMapping("/{centreId}/delete")
    String delete(@PathVariable long centreId, @RequestParam int version, RedirectAttributes redirect) {
        return change(null, redirect, "/processes/centres/" + centreId, actor -> {
            centres.delete(actor, centreId, version);
            return "/processes/centres";
        });
    }

    @PostMapping("/{centreId}/functions")
    String addFunction(@PathVariable long centreId, @Valid @ModelAttribute("function") CentreForms.Function form,
                       BindingResult binding, RedirectAttributes redirect) {
        String back = "/processes/centres/" + centreId;
        return change(binding, redirect, back, actor -> {
            centres.addFunction(actor, centreId, form);
            return back;
        });
    }

    @PostMapping("/{centreId}/functions/{functionId}/delete")
    String removeFunction(@PathVariable long centreId, @PathVariable long functionId, @RequestParam int version,
                          RedirectAttributes redirect) {
        String back = "/processes/centres/" + centreId;
        return change(null, redirect, back, actor -> {
            centres.removeFunction(actor, centreId, functionId, version);
            return back;
        });
    }

    @PostMapping("/{centreId}/unit")
    String becomeUnit(@PathVariable long centreId, @Valid @ModelAttribute("unit") CentreForms.NewUnit form,
                      BindingResult binding, RedirectAttributes redirect) {
        String back = "/processes/centres/" + centreId;
        return change(binding, redirect, back, actor -> {
            centres.becomeUnit(actor, centreId, form);
            return back;
        });
    }

    /** Runs a change and comes back to the page; a refused change is explained there. */
    private String change(BindingResult binding, RedirectAttributes redirect, String back,
                          java.util.function.Function<Actor, String> action) {
        Actor actor = CurrentActor.get();
        if (!centres.mayEdit(actor)) {
            throw new org.uptake.shared.error.ForbiddenException("shape responsibility centres");
        }
        if (binding != null && binding.hasErrors()) {
            redirect.addFlashAttribute("violations", binding.getFieldErrors().stream()
                    .map(e -> Violation.of(null, "process.centre.error.field", e.getField())).toList());
            return "redirect:" + back;
        }
        try {
            return "redirect:" + action.apply(actor);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:" + back;
    }
}
