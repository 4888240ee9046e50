package org.uptake.org.person.web;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.org.person.EmploymentStatus;
import org.uptake.org.person.Person;
import org.uptake.org.person.PersonForm;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.web.FormErrors;

/**
 * Creating and editing people, including marking them as left. Editors are checked before a
 * form is shown or read, so a viewer gets 403 rather than a form they could never save.
 */
@Controller
@RequestMapping("/people")
class PersonFormController {

    private static final String FORM = "org/people/form";
    /** Region ids only ("Europe/Oslo"): the short legacy ids ("EST", "SystemV/…") only confuse people. */
    private static final List<String> ZONES = Stream.concat(Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream()
                    .filter(z -> z.contains("/") && !z.startsWith("SystemV/") && !z.startsWith("Etc/")).sorted())
            .toList();

    private final PersonService people;
    private final UnitService units;
    private final PositionService positions;

    PersonFormController(PersonService people, UnitService units, PositionService positions) {
        this.people = people;
        this.units = units;
        this.positions = positions;
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        people.requireEditor(actor);
        var form = new PersonForm();
        form.setUnitId(unitId == null ? null : units.get(actor, unitId).id());
        return showForm(actor, form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        people.requireEditor(actor);
        if (!binding.hasErrors()) {
            try {
                return "redirect:/people/" + people.create(actor, form).id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return showForm(actor, form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        people.requireEditor(actor);
        Person person = people.get(actor, id);
        model.addAttribute("person", person);
        return showForm(actor, PersonForm.of(person), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
                  Model model) {
        Actor actor = CurrentActor.get();
        people.requireEditor(actor);
        model.addAttribute("person", people.get(actor, id));
        if (!binding.hasErrors()) {
            try {
                people.update(actor, id, form);
                return "redirect:/people/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return showForm(actor, form, model);
    }

    private String showForm(Actor actor, PersonForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("positions", positions.all(actor));
        model.addAttribute("statuses", EmploymentStatus.values());
        model.addAttribute("zones", zonesWith(form.getTimeZone()));
        model.addAttribute("unitLabel", form.getUnitId() == null ? null : units.nameOf(actor, form.getUnitId()).orElse(null));
        model.addAttribute("managerLabel", form.getManagerId() == null ? null
                : people.nameOf(actor, form.getManagerId()).orElse(null));
        return FORM;
    }

    /** Keeps a stored zone that is not in the offered list (imported "Etc/GMT+3"), so saving does not drop it. */
    private static List<String> zonesWith(String current) {
        if (current == null || ZONES.contains(current)) {
            return ZONES;
        }
        var zones = new ArrayList<String>(ZONES.size() + 1);
        zones.add(current);
        zones.addAll(ZONES);
        return zones;
    }
}
