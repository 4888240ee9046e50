package org.uptake.program.setup.web;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.unit.UnitService;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramSubject;
import org.uptake.program.plan.PhaseSummary;
import org.uptake.program.plan.PlanService;
import org.uptake.program.plan.TaskRow;
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.playbook.PlaybookVersion;
import org.uptake.program.setup.PlaybookAdvice;
import org.uptake.program.setup.ProgramSetupService;
import org.uptake.program.setup.SetupForm;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.Languages;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.web.FormErrors;

/**
 * The create-from-playbook wizard: choose a playbook, describe the program (what, when, where, who,
 * why), look at the scheduled plan it will get, create it.
 */
@Controller
class ProgramSetupPageController {

    /** Units offered as scope in the wizard: the top levels of the tree; deeper ones are added on the program page. */
    private static final int SCOPE_DEPTH = 2;

    private final ProgramSetupService setup;
    private final ProgramService programs;
    private final PlaybookService playbooks;
    private final PlanService plans;
    private final UnitService units;
    private final MessageSource messages;
    private final List<PlaybookAdvice> advice;

    ProgramSetupPageController(ProgramSetupService setup, ProgramService programs, PlaybookService playbooks,
                               PlanService plans, UnitService units, MessageSource messages, List<PlaybookAdvice> advice) {
        this.advice = advice;
        this.setup = setup;
        this.programs = programs;
        this.playbooks = playbooks;
        this.plans = plans;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/programs/new")
    String start(@RequestParam(required = false) Long playbookId, Model model) {
        Actor actor = CurrentActor.get();
        programs.requireCreator(actor);
        if (playbookId == null) {
            model.addAttribute("playbooks", playbooks.list(actor).stream().filter(Playbook::usable).toList());
            return "program/choose";
        }
        var form = new SetupForm();
        form.setPlaybookId(playbookId);
        form.setStartDate(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        form.setLanguage(actor.language());
        return form(actor, form, model);
    }

    @PostMapping("/programs/new/preview")
    String preview(@Valid @ModelAttribute("form") SetupForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        programs.requireCreator(actor);
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("preview", setup.preview(actor, form, created -> {
                    long id = created.program().id();
                    List<PhasePreview> phases = new ArrayList<>();
                    for (PhaseSummary p : plans.phases(actor, id)) {
                        phases.add(new PhasePreview(p, plans.tasksOf(actor, id, p.id())));
                    }
                    return new Preview(created.plan(), phases);
                }));
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        if (binding.hasErrors()) {
            model.addAttribute("previewErrors", binding.getAllErrors().stream()
                    .map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList());
        }
        return "program/new :: preview";
    }

    /** The plan a program would get, shown before it is created. */
    record Preview(org.uptake.program.plan.PlanCreation.Summary summary, List<PhasePreview> phases) {
    }

    record PhasePreview(PhaseSummary phase, List<TaskRow> tasks) {
    }

    @PostMapping("/programs")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        programs.requireCreator(actor);
        if (!binding.hasErrors()) {
            try {
                return "redirect:/programs/" + setup.create(actor, form).program().id() + "/plan";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(actor, form, model);
    }

    private String form(Actor actor, SetupForm form, Model model) {
        Playbook playbook = playbooks.get(actor, form.getPlaybookId());
        PlaybookVersion version = playbooks.latest(actor, playbook.id());
        if (form.getSubject() == null && version.definition().subject() != null) {
            form.setSubject(ProgramSubject.valueOf(version.definition().subject()));
        }
        model.addAttribute("form", form);
        model.addAttribute("playbook", playbook);
        model.addAttribute("definition", version.definition());
        model.addAttribute("subjects", ProgramSubject.values());
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("scopeUnits", units.all(actor).stream().filter(u -> u.depth() <= SCOPE_DEPTH).toList());
        model.addAttribute("lang", actor.language());
        model.addAttribute("advice", advice.stream().map(a -> new PlaybookAdvice.Section(a.headingKey(), a.forPlaybook(actor, playbook.id())))
                .filter(s -> !s.items().isEmpty()).toList());
        return "program/new";
    }
}
