package org.uptake.org.unit.web;

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
import org.uptake.org.person.PersonService;
import org.uptake.org.unit.Unit;
import org.uptake.org.unit.UnitForm;
import org.uptake.org.unit.UnitMoveForm;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.web.FormErrors;

/**
 * Creating, editing and moving units. Editors are checked before a form is shown or read, so a
 * viewer gets 403 rather than a form they could never save.
 */
@Controller
@RequestMapping("/units")
class UnitFormController {

    private static final String FORM = "org/units/form";
    private static final String MOVE = "org/units/move";

    private final UnitService units;
    private final PersonService people;

    UnitFormController(UnitService units, PersonService people) {
        this.units = units;
        this.people = people;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        Actor actor = CurrentActor.get();
        units.requireEditor(actor);
        var form = new UnitForm();
        form.setParentId(parentId == null ? null : units.get(actor, parentId).id());
        return showForm(actor, form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        units.requireEditor(actor);
        if (!binding.hasErrors()) {
            try {
                return "redirect:/units/" + units.create(actor, form).id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return showForm(actor, form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        units.requireEditor(actor);
        Unit unit = units.get(actor, id);
        model.addAttribute("unit", unit);
        return showForm(actor, UnitForm.of(unit), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
                  Model model) {
        Actor actor = CurrentActor.get();
        units.requireEditor(actor);
        model.addAttribute("unit", units.get(actor, id));
        if (!binding.hasErrors()) {
            try {
                units.update(actor, id, form);
                return "redirect:/units/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return showForm(actor, form, model);
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        units.requireEditor(actor);
        Unit unit = units.get(actor, id);
        return showMove(actor, unit, UnitMoveForm.of(unit), model);
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @ModelAttribute("form") UnitMoveForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        units.requireEditor(actor);
        Unit unit = units.get(actor, id);
        if (!binding.hasErrors()) {
            try {
                units.move(actor, id, form.getParentId(), form.getVersion());
                return "redirect:/units/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return showMove(actor, unit, form, model);
    }

    private String showForm(Actor actor, UnitForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", units.types(actor));
        model.addAttribute("parentLabel", unitName(actor, form.getParentId()));
        model.addAttribute("headLabel", personName(actor, form.getHeadPersonId()));
        model.addAttribute("actingHeadLabel", personName(actor, form.getActingHeadPersonId()));
        return FORM;
    }

    private String showMove(Actor actor, Unit unit, UnitMoveForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("parentLabel", unitName(actor, form.getParentId()));
        return MOVE;
    }

    private String unitName(Actor actor, Long id) {
        return id == null ? null : units.nameOf(actor, id).orElse(null);
    }

    private String personName(Actor actor, Long id) {
        return id == null ? null : people.nameOf(actor, id).orElse(null);
    }
}
