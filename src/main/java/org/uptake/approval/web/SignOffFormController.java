package org.uptake.approval.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.PersonChoice;
import org.uptake.approval.SignOffForm;
import org.uptake.approval.SignOffService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.web.FormErrors;

/**
 * The ad-hoc request form: title, what it is about, the unit, the due date and up to five steps,
 * each with approvers chosen by name (htmx adds a chip per choice) and its rule.
 */
@Controller
@RequestMapping("/sign-offs")
class SignOffFormController {

    private static final String FORM = "approval/form";
    static final int MAX_STEPS = 5;
    private static final int PICKER_SIZE = 20;

    private final SignOffService signOffs;
    private final UnitService units;

    SignOffFormController(SignOffService signOffs, UnitService units) {
        this.signOffs = signOffs;
        this.units = units;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        Actor actor = CurrentActor.get();
        signOffs.requireRequester(actor);
        return showForm(actor, new SignOffForm(), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SignOffForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        signOffs.requireRequester(actor);
        if (form.getSteps().size() > MAX_STEPS) {
            form.setSteps(form.getSteps().subList(0, MAX_STEPS));
        }
        if (!binding.hasErrors()) {
            try {
                return "redirect:/sign-offs/" + signOffs.request(actor, form.toDraft()).id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return showForm(actor, form, model);
    }

    /** Another step's fieldset, appended by htmx under the existing ones. */
    @GetMapping("/new/step")
    String step(@RequestParam int index, Model model) {
        signOffs.requireRequester(CurrentActor.get());
        int i = Math.max(0, Math.min(index, MAX_STEPS - 1));
        var form = new SignOffForm();
        while (form.getSteps().size() <= i) {
            form.getSteps().add(new SignOffForm.StepForm());
        }
        model.addAttribute("form", form);
        model.addAttribute("index", i);
        model.addAttribute("rules", ApprovalRule.values());
        model.addAttribute("chosen", Map.of());
        model.addAttribute("maxSteps", MAX_STEPS);
        return "approval/form :: newStep";
    }

    /**
     * People matching the text. With {@code step} the matches add approver chips to that step;
     * without it they fill a single-person picker (the delegate).
     */
    @GetMapping("/people")
    String people(@RequestParam(required = false) String q, @RequestParam(required = false) Integer step, Model model) {
        model.addAttribute("options", signOffs.candidates(CurrentActor.get(), q, PICKER_SIZE));
        model.addAttribute("step", step == null ? null : Math.max(0, Math.min(step, MAX_STEPS - 1)));
        return step == null ? "approval/people :: single" : "approval/people :: chooser";
    }

    /** The chip of a chosen approver: a checked box that submits the id; unticking it removes the approver. */
    @GetMapping("/approver")
    String approver(@RequestParam long personId, @RequestParam int step, Model model) {
        PersonChoice person = signOffs.choices(CurrentActor.get(), List.of(personId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("person", personId));
        model.addAttribute("person", person);
        model.addAttribute("step", Math.max(0, Math.min(step, MAX_STEPS - 1)));
        return "approval/people :: chip";
    }

    private String showForm(Actor actor, SignOffForm form, Model model) {
        if (form.getSteps().isEmpty()) {
            form.getSteps().add(new SignOffForm.StepForm());
        }
        model.addAttribute("form", form);
        model.addAttribute("rules", ApprovalRule.values());
        model.addAttribute("maxSteps", MAX_STEPS);
        Map<Long, PersonChoice> chosen = new LinkedHashMap<>();
        signOffs.choices(actor, form.getSteps().stream().flatMap(s -> s.getApproverPersonIds().stream()).toList())
                .forEach(p -> chosen.put(p.id(), p));
        model.addAttribute("chosen", chosen);
        model.addAttribute("unitLabel", form.getUnitId() == null ? null : units.nameOf(actor, form.getUnitId()).orElse(null));
        return FORM;
    }
}
