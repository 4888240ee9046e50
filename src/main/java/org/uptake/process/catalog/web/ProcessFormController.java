package org.uptake.process.catalog.web;

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
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessForm;
import org.uptake.process.catalog.ProcessMoveForm;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/**
 * Creating, editing, moving and deleting processes. Permissions are checked before a form is shown,
 * so a reader gets 403 rather than a form they could never save.
 */
@Controller
@RequestMapping("/processes")
class ProcessFormController {

    private static final String FORM = "process/form";
    private static final String MOVE = "process/move";

    private final ProcessService processes;
    private final PositionService positions;

    ProcessFormController(ProcessService processes, PositionService positions) {
        this.processes = processes;
        this.positions = positions;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        Actor actor = CurrentActor.get();
        processes.requireArchitect(actor);
        var form = new ProcessForm();
        form.setParentId(parentId == null ? null : processes.get(actor, parentId).id());
        return showForm(actor, null, form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ProcessForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        processes.requireArchitect(actor);
        if (!binding.hasErrors()) {
            try {
                return "redirect:/processes/" + processes.create(actor, form).id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return showForm(actor, null, form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Process process = processes.requireEditor(actor, id);
        return showForm(actor, process, ProcessForm.of(process), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProcessForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        Process process = processes.requireEditor(actor, id);
        if (!binding.hasErrors()) {
            try {
                processes.update(actor, id, form);
                return "redirect:/processes/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return showForm(actor, process, form, model);
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        processes.requireArchitect(actor);
        Process process = processes.get(actor, id);
        return showMove(actor, process, ProcessMoveForm.of(process), model);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @ModelAttribute("form") ProcessMoveForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        processes.requireArchitect(actor);
        Process process = processes.get(actor, id);
        try {
            processes.move(actor, id, form.getParentId(), form.getVersion());
            return "redirect:/processes/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
        } catch (StaleVersionException e) {
            binding.reject("error.stale");
        }
        return showMove(actor, process, form, model);
    }

    /** A refused delete (sub-processes, other processes it supplies, a newer version) is explained on the process page. */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Process process = processes.get(actor, id);
        try {
            processes.delete(actor, id, version);
            return process.parentId() == null ? "redirect:/processes" : "redirect:/processes/" + process.parentId();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return "redirect:/processes/" + id;
    }

    private String showForm(Actor actor, Process process, ProcessForm form, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("mayShape", processes.mayShape(actor));
        model.addAttribute("parentLabel", form.getParentId() == null ? null : processes.nameOf(actor, form.getParentId()).orElse(null));
        model.addAttribute("ownerLabel", positionTitle(actor, form.getOwnerPositionId()));
        return FORM;
    }

    private String showMove(Actor actor, Process process, ProcessMoveForm form, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("parentLabel", form.getParentId() == null ? null : processes.nameOf(actor, form.getParentId()).orElse(null));
        return MOVE;
    }

    private String positionTitle(Actor actor, Long id) {
        if (id == null) {
            return null;
        }
        try {
            return positions.get(actor, id).title();
        } catch (org.uptake.shared.error.NotFoundException e) {
            return null;
        }
    }
}
