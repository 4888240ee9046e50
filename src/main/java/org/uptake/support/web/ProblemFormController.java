package org.uptake.support.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.uptake.org.person.PersonService;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.FormErrors;
import org.uptake.support.Problem;
import org.uptake.support.ProblemForm;
import org.uptake.support.ProblemService;
import org.uptake.support.sla.ProblemSeverity;
import org.uptake.support.ProblemType;
import org.uptake.support.TriageForm;

/** The short report form every employee reaches from the home page, and the coordinator's triage form. */
@Controller
@RequestMapping("/problems")
class ProblemFormController {

    private static final String REPORT = "support/report";
    private static final String TRIAGE = "support/triage";

    private final ProblemService problems;
    private final ProgramService programs;
    private final PersonService people;
    private final ProblemShowModel show;

    ProblemFormController(ProblemService problems, ProgramService programs, PersonService people, ProblemShowModel show) {
        this.problems = problems;
        this.programs = programs;
        this.people = people;
        this.show = show;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return showReport(CurrentActor.get(), new ProblemForm(), model);
    }

    @PostMapping
    String report(@Valid @ModelAttribute("form") ProblemForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                return "redirect:/problems/" + problems.report(actor, form).id() + "?reported";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return showReport(actor, form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        Problem p = problems.get(actor, id);
        return showTriage(actor, p, TriageForm.of(p), model);
    }

    @PostMapping("/{id}")
    String triage(@PathVariable long id, @Valid @ModelAttribute("form") TriageForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        problems.requireTriager(actor);
        Problem p = problems.get(actor, id);
        if (!binding.hasErrors()) {
            try {
                problems.triage(actor, id, form);
                return "redirect:/problems/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return showTriage(actor, p, form, model);
    }

    private String showReport(Actor actor, ProblemForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", ProblemType.values());
        model.addAttribute("severities", ProblemSeverity.values());
        model.addAttribute("unitLabel", form.getUnitId() == null ? null : show.unitName(actor, form.getUnitId()));
        return REPORT;
    }

    private String showTriage(Actor actor, Problem p, TriageForm form, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("form", form);
        model.addAttribute("types", ProblemType.values());
        model.addAttribute("severities", ProblemSeverity.values());
        model.addAttribute("programs", programs.list(actor, null, PageRequest.first(100)).items());
        model.addAttribute("unitLabel", form.getUnitId() == null ? null : show.unitName(actor, form.getUnitId()));
        model.addAttribute("ownerLabel", form.getOwnerPersonId() == null ? null
                : people.nameOf(actor, form.getOwnerPersonId()).orElse(null));
        return TRIAGE;
    }
}
