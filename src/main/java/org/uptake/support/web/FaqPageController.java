package org.uptake.support.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.web.FormErrors;
import org.uptake.support.Problem;
import org.uptake.support.ProblemService;
import org.uptake.support.faq.FaqForm;
import org.uptake.support.faq.FaqService;

/** The FAQ page for everyone, and the coordinator's forms: write an entry, or promote a resolved problem. */
@Controller
class FaqPageController {

    private static final String FORM = "support/faq-form";

    private final FaqService faq;
    private final ProblemService problems;

    FaqPageController(FaqService faq, ProblemService problems) {
        this.faq = faq;
        this.problems = problems;
    }

    @GetMapping("/faq")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("entries", faq.list(actor, 200));
        model.addAttribute("triages", problems.triages(actor));
        if (problems.triages(actor)) {
            model.addAttribute("candidates", faq.candidates(actor));
        }
        return "support/faq";
    }

    @GetMapping("/faq/new")
    String newForm(Model model) {
        problems.requireTriager(CurrentActor.get());
        model.addAttribute("form", new FaqForm());
        return FORM;
    }

    @PostMapping("/faq")
    String create(@Valid @ModelAttribute("form") FaqForm form, BindingResult binding) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        if (!binding.hasErrors()) {
            faq.create(actor, form);
            return "redirect:/faq";
        }
        return FORM;
    }

    @GetMapping("/faq/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        model.addAttribute("entry", faq.get(actor, id));
        model.addAttribute("form", FaqForm.of(faq.get(actor, id)));
        return FORM;
    }

    @PostMapping("/faq/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") FaqForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        model.addAttribute("entry", faq.get(actor, id));
        if (!binding.hasErrors()) {
            try {
                faq.update(actor, id, form);
                return "redirect:/faq";
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return FORM;
    }

    @GetMapping("/problems/{id}/faq")
    String promoteForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        Problem p = problems.get(actor, id);
        var form = new FaqForm();
        form.setQuestion(p.title());
        form.setAnswer(p.resolution());
        model.addAttribute("problem", p);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/problems/{id}/faq")
    String promote(@PathVariable long id, @Valid @ModelAttribute("form") FaqForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        model.addAttribute("problem", problems.get(actor, id));
        if (!binding.hasErrors()) {
            try {
                faq.promote(actor, id, form);
                return "redirect:/faq";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return FORM;
    }
}
