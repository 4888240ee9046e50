package org.uptake.competency.standard.web;

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
import org.uptake.competency.standard.AttestationForm;
import org.uptake.competency.standard.AttestationService;
import org.uptake.competency.standard.MandatoryReason;
import org.uptake.competency.standard.Mapping;
import org.uptake.competency.standard.MappingForm;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.StandardService;
import org.uptake.org.person.PersonFilter;
import org.uptake.org.person.PersonService;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.FormErrors;

/** One position mapped to a standard: the functional analysis, the title alignment and the attestations. */
@Controller
@RequestMapping("/competencies/standards/mappings/{id}")
class MappingPageController {

    private static final String PAGE = "competency/standard-mapping";

    private final MappingService mappings;
    private final StandardService standards;
    private final AttestationService attestations;
    private final PositionService positions;
    private final PersonService people;

    MappingPageController(MappingService mappings, StandardService standards, AttestationService attestations,
                          PositionService positions, PersonService people) {
        this.mappings = mappings;
        this.standards = standards;
        this.attestations = attestations;
        this.positions = positions;
        this.people = people;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("form", MappingForm.of(mappings.get(actor, id)));
        model.addAttribute("attestation", new AttestationForm());
        return page(actor, id, model);
    }

    @PostMapping
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MappingForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                mappings.update(actor, id, form);
                return "redirect:/competencies/standards/mappings/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
            }
        }
        model.addAttribute("attestation", new AttestationForm());
        return page(actor, id, model);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @RequestParam int version) {
        Mapping m = mappings.get(CurrentActor.get(), id);
        mappings.delete(CurrentActor.get(), id, version);
        return "redirect:/competencies/standards/" + m.standardId();
    }

    @PostMapping("/title")
    String alignTitle(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam int positionVersion,
                      Model model) {
        Actor actor = CurrentActor.get();
        try {
            model.addAttribute("titleChange", mappings.alignTitle(actor, id, title, positionVersion));
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        model.addAttribute("form", MappingForm.of(mappings.get(actor, id)));
        model.addAttribute("attestation", new AttestationForm());
        return page(actor, id, model);
    }

    @PostMapping("/attestations")
    String attest(@PathVariable long id, @Valid @ModelAttribute("attestation") AttestationForm form, BindingResult binding,
                  Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("recorded", attestations.record(actor, id, form));
                model.addAttribute("attestation", new AttestationForm());
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        model.addAttribute("form", MappingForm.of(mappings.get(actor, id)));
        return page(actor, id, model);
    }

    private String page(Actor actor, long id, Model model) {
        Mapping m = mappings.get(actor, id);
        boolean mayEdit = standards.mayEdit(actor);
        model.addAttribute("mapping", m);
        model.addAttribute("position", positions.get(actor, m.positionId()));
        model.addAttribute("functions", standards.functions(actor, m.standardId()).stream().filter(f -> !f.generalised()).toList());
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayRename", actor.isAdmin());
        model.addAttribute("reasons", MandatoryReason.values());
        model.addAttribute("titleChanges", mappings.titleChanges(actor, m.positionId()));
        model.addAttribute("attestations", attestations.mayRecord(actor) ? attestations.forMapping(actor, id) : List.of());
        model.addAttribute("holders", attestations.mayRecord(actor) ? holders(actor, m.positionId()) : List.of());
        model.addAttribute("history", mappings.history(actor, id));
        return PAGE;
    }

    private List<org.uptake.org.person.PersonRow> holders(Actor actor, long positionId) {
        PersonFilter filter = new PersonFilter(null, positionId, null);
        return people.list(actor, filter, new PageRequest(null, null, 200)).items();
    }
}
