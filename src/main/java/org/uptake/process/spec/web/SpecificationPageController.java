package org.uptake.process.spec.web;

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
import org.uptake.process.spec.SpecificationEditService;
import org.uptake.process.spec.SpecificationForms;
import org.uptake.shared.CurrentActor;

/**
 * A process's page: its specification in the seed's order, edited section by section in place
 * (htmx swaps the specification; without JavaScript every form posts and comes back to the page).
 */
@Controller
@RequestMapping("/processes/{id}")
class SpecificationPageController {

    private final SpecificationEditService edits;
    private final SpecificationPage responses;

    SpecificationPageController(SpecificationEditService edits, SpecificationPage responses) {
        this.edits = edits;
        this.responses = responses;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(required = false) String edit, Model model, HttpServletRequest request) {
        model.addAttribute("editing", edit);
        return responses.render(CurrentActor.get(), id, model, request);
    }

    @PostMapping("/clients")
    String addClient(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Client f, BindingResult b,
                     Model model, HttpServletRequest r) {
        return responses.apply(id, "clients", null, b, a -> edits.addClient(a, id, f), model, r);
    }

    @PostMapping("/clients/{partId}")
    String updateClient(@PathVariable long id, @PathVariable long partId,
                        @Valid @ModelAttribute("draft") SpecificationForms.Client f, BindingResult b, Model model,
                        HttpServletRequest r) {
        return responses.apply(id, "clients", "client-" + partId, b, a -> edits.updateClient(a, id, partId, f), model, r);
    }

    @PostMapping("/clients/{partId}/delete")
    String removeClient(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                        HttpServletRequest r) {
        return responses.apply(id, "clients", null, null, a -> edits.removeClient(a, id, partId, version), model, r);
    }

    @PostMapping("/goals")
    String addGoal(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Goal f, BindingResult b,
                   Model model, HttpServletRequest r) {
        return responses.apply(id, "goals", null, b, a -> edits.addGoal(a, id, f), model, r);
    }

    @PostMapping("/goals/{partId}")
    String updateGoal(@PathVariable long id, @PathVariable long partId, @Valid @ModelAttribute("draft") SpecificationForms.Goal f,
                      BindingResult b, Model model, HttpServletRequest r) {
        return responses.apply(id, "goals", "goal-" + partId, b, a -> edits.updateGoal(a, id, partId, f), model, r);
    }

    @PostMapping("/goals/{partId}/delete")
    String removeGoal(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                      HttpServletRequest r) {
        return responses.apply(id, "goals", null, null, a -> edits.removeGoal(a, id, partId, version), model, r);
    }

    @PostMapping("/results")
    String addResult(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Result f, BindingResult b,
                     Model model, HttpServletRequest r) {
        return responses.apply(id, "results", null, b, a -> edits.addResult(a, id, f), model, r);
    }

    @PostMapping("/results/{partId}")
    String updateResult(@PathVariable long id, @PathVariable long partId,
                        @Valid @ModelAttribute("draft") SpecificationForms.Result f, BindingResult b, Model model,
                        HttpServletRequest r) {
        return responses.apply(id, "results", "result-" + partId, b, a -> edits.updateResult(a, id, partId, f), model, r);
    }

    @PostMapping("/results/{partId}/delete")
    String removeResult(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                        HttpServletRequest r) {
        return responses.apply(id, "results", null, null, a -> edits.removeResult(a, id, partId, version), model, r);
    }

    @PostMapping("/indicators")
    String addIndicator(@PathVariable long id, @Valid @ModelAttribute("draft") SpecificationForms.Indicator f,
                        BindingResult b, Model model, HttpServletRequest r) {
        return responses.apply(id, "indicators", null, b, a -> edits.addIndicator(a, id, f), model, r);
    }

    @PostMapping("/indicators/{partId}")
    String updateIndicator(@PathVariable long id, @PathVariable long partId,
                           @Valid @ModelAttribute("draft") SpecificationForms.Indicator f, BindingResult b, Model model,
                           HttpServletRequest r) {
        return responses.apply(id, "indicators", "indicator-" + partId, b,
                a -> edits.updateIndicator(a, id, partId, f), model, r);
    }

    @PostMapping("/indicators/{partId}/delete")
    String removeIndicator(@PathVariable long id, @PathVariable long partId, @RequestParam int version, Model model,
                           HttpServletRequest r) {
        return responses.apply(id, "indicators", null, null, a -> edits.removeIndicator(a, id, partId, version), model, r);
    }
}
