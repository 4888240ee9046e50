package org.uptake.competency.catalog.web;

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
import org.uptake.competency.catalog.CatalogService;
import org.uptake.competency.catalog.CompetencyForm;
import org.uptake.competency.catalog.ValueForm;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/** The catalogue page: competencies by kind, the scale and the company values, with add forms for editors. */
@Controller
@RequestMapping("/competencies/catalogue")
class CatalogPageController {

    private static final String PAGE = "competency/catalogue";

    private final CatalogService catalog;

    CatalogPageController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String show(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("form", new CompetencyForm());
        model.addAttribute("valueForm", new ValueForm());
        return page(CurrentActor.get(), q, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") CompetencyForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                catalog.create(actor, form);
                return "redirect:/competencies/catalogue";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        model.addAttribute("valueForm", new ValueForm());
        return page(actor, null, model);
    }

    @PostMapping("/values")
    String addValue(@Valid @ModelAttribute("valueForm") ValueForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            catalog.addValue(actor, form);
            return "redirect:/competencies/catalogue";
        }
        model.addAttribute("form", new CompetencyForm());
        return page(actor, null, model);
    }

    /** Renames a catalogue entry; a taken name or a stale version comes back as a message on the page. */
    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("edit") CompetencyForm form, BindingResult binding, Model model) {
        return change(model, binding, () -> catalog.update(CurrentActor.get(), id, form));
    }

    @PostMapping("/values/{id}")
    String updateValue(@PathVariable long id, @Valid @ModelAttribute("editValue") ValueForm form, BindingResult binding,
                       Model model) {
        return change(model, binding, () -> catalog.updateValue(CurrentActor.get(), id, form));
    }

    @PostMapping("/values/{id}/delete")
    String deleteValue(@PathVariable long id, @RequestParam int version, Model model) {
        return change(model, null, () -> catalog.deleteValue(CurrentActor.get(), id, version));
    }

    private String change(Model model, BindingResult binding, Runnable action) {
        Actor actor = CurrentActor.get();
        try {
            if (binding != null && binding.hasErrors()) {
                throw new InvalidInputException("name", "error.badRequest");
            }
            action.run();
            return "redirect:/competencies/catalogue";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        model.addAttribute("form", new CompetencyForm());
        model.addAttribute("valueForm", new ValueForm());
        return page(actor, null, model);
    }

    private String page(Actor actor, String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("competencies", catalog.competencies(actor, q));
        model.addAttribute("scale", catalog.scale(actor));
        model.addAttribute("values", catalog.values(actor));
        model.addAttribute("mayEdit", catalog.mayEdit(actor));
        model.addAttribute("kinds", org.uptake.competency.catalog.CompetencyKind.values());
        return PAGE;
    }
}
