package org.uptake.process.publication.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.process.publication.PublicationForm;
import org.uptake.process.publication.PublicationService;
import org.uptake.process.publication.SpecificationRevision;
import org.uptake.process.spec.Specification;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import tools.jackson.databind.json.JsonMapper;

/** Submitting, approving and returning a specification from its page; reading an approved revision. */
@Controller
@RequestMapping("/processes/{id}")
class PublicationPageController {

    private final PublicationService publication;
    private final JsonMapper json;

    PublicationPageController(PublicationService publication, JsonMapper json) {
        this.publication = publication;
        this.json = json;
    }

    @PostMapping("/submit")
    String submit(@PathVariable long id, @Valid @ModelAttribute PublicationForm form, BindingResult binding,
                  RedirectAttributes redirect) {
        return decide(id, binding, redirect, actor -> publication.submit(actor, id, form));
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @Valid @ModelAttribute PublicationForm form, BindingResult binding,
                   RedirectAttributes redirect) {
        return decide(id, binding, redirect, actor -> publication.approve(actor, id, form));
    }

    @PostMapping("/return")
    String returnToDraft(@PathVariable long id, @Valid @ModelAttribute PublicationForm form, BindingResult binding,
                         RedirectAttributes redirect) {
        return decide(id, binding, redirect, actor -> publication.returnToDraft(actor, id, form));
    }

    private String decide(long id, BindingResult binding, RedirectAttributes redirect,
                          java.util.function.Consumer<Actor> decision) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("violations", List.of(Violation.of(null, "error.invalid")));
            return "redirect:/processes/" + id + "#publication";
        }
        try {
            decision.accept(CurrentActor.get());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:/processes/" + id + "#publication";
    }

    /** An approved revision, shown exactly as it was approved (the same sections as the page, read-only). */
    @GetMapping("/revisions/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, Model model) {
        SpecificationRevision stored = publication.revision(CurrentActor.get(), id, revision);
        model.addAttribute("revision", stored);
        model.addAttribute("spec", json.readValue(stored.snapshot(), Specification.class));
        model.addAttribute("mayEdit", false);
        model.addAttribute("mayShape", false);
        return "process/revision";
    }
}
