package org.uptake.competency.profile.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.competency.catalog.CompetencyKind;
import org.uptake.competency.duty.JobDuty;
import org.uptake.competency.profile.ProfileDocument;
import org.uptake.competency.profile.ProfileService;
import org.uptake.competency.profile.Requirement;
import org.uptake.competency.profile.RequirementForm;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.web.FormErrors;

/** A position's competency table (process | description | knowledge | skills | qualities), its job profile and vacancy. */
@Controller
@RequestMapping("/positions/{id}")
class JobProfilePageController {

    private final ProfileService profiles;
    private final ProfileDocument documents;

    JobProfilePageController(ProfileService profiles, ProfileDocument documents) {
        this.profiles = profiles;
        this.documents = documents;
    }

    /** One row of the competency table: a process of the position (or "general") and its requirements by kind. */
    record Row(Long processId, String name, String description, List<List<Requirement>> cells) {
    }

    @GetMapping("/profile")
    String profile(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("profile", profiles.profile(actor, id));
        model.addAttribute("mayEditAreas", actor.hasAny(org.uptake.shared.Role.ADMIN, org.uptake.shared.Role.COORDINATOR));
        return "competency/profile";
    }

    @GetMapping("/profile/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        return documents.download(documents.profile(profiles.profile(CurrentActor.get(), id), locale), format, locale);
    }

    @GetMapping("/vacancy")
    String vacancy(@PathVariable long id, Model model, Locale locale) {
        var profile = profiles.profile(CurrentActor.get(), id);
        model.addAttribute("profile", profile);
        model.addAttribute("text", documents.vacancyText(profile, locale));
        return "competency/vacancy";
    }

    @PostMapping("/responsibilities")
    String addArea(@PathVariable long id, @RequestParam(required = false) String text, Model model) {
        Actor actor = CurrentActor.get();
        try {
            profiles.addResponsibility(actor, id, text);
            return "redirect:/positions/" + id + "/profile";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return profile(id, model);
    }

    @GetMapping("/competencies")
    String competencies(@PathVariable long id, Model model) {
        model.addAttribute("form", new RequirementForm());
        return table(CurrentActor.get(), id, model);
    }

    @PostMapping("/competencies")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") RequirementForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        if (!binding.hasErrors()) {
            try {
                profiles.add(actor, id, form);
                return "redirect:/positions/" + id + "/competencies";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return table(actor, id, model);
    }

    @PostMapping("/competencies/{requirementId}/delete")
    String remove(@PathVariable long id, @PathVariable long requirementId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            profiles.remove(actor, id, requirementId, version);
            return "redirect:/positions/" + id + "/competencies";
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        model.addAttribute("form", new RequirementForm());
        return table(actor, id, model);
    }

    @PostMapping("/competencies/agree")
    String agree(@PathVariable long id, @RequestParam(required = false) Long processId, @RequestParam String party, Model model) {
        Actor actor = CurrentActor.get();
        try {
            profiles.agree(actor, id, processId, party);
            return "redirect:/positions/" + id + "/competencies";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        model.addAttribute("form", new RequirementForm());
        return table(actor, id, model);
    }

    private String table(Actor actor, long id, Model model) {
        List<Requirement> reqs = profiles.requirements(actor, id);
        List<Row> rows = new ArrayList<>();
        rows.add(row(null, null, null, reqs));
        for (JobDuty d : profiles.dutyRows(actor, id)) {
            rows.add(row(d.processId(), d.name(), d.description(), reqs));
        }
        model.addAttribute("profile", profiles.profile(actor, id));
        model.addAttribute("rows", rows);
        model.addAttribute("agreements", profiles.agreements(actor, id));
        model.addAttribute("scale", profiles.scale(actor));
        model.addAttribute("kinds", CompetencyKind.values());
        model.addAttribute("parties", ProfileService.PARTIES);
        model.addAttribute("mayEdit", profiles.mayEdit(actor, null));
        return "competency/competencies";
    }

    private static Row row(Long processId, String name, String description, List<Requirement> reqs) {
        List<List<Requirement>> cells = new ArrayList<>();
        for (CompetencyKind k : CompetencyKind.values()) {
            cells.add(reqs.stream().filter(r -> java.util.Objects.equals(r.processId(), processId) && r.kind() == k).toList());
        }
        return new Row(processId, name, description, cells);
    }
}
