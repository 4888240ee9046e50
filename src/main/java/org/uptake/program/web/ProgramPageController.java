package org.uptake.program.web;

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
import org.uptake.program.Program;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramForm;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.program.ProgramSubject;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.web.FormErrors;

/** The programs list and a program's overview page with its team, goals, scope and checklists. */
@Controller
@RequestMapping("/programs")
class ProgramPageController {

    private final ProgramService programs;
    private final ProgramTeamService team;
    private final AuditLog audit;

    ProgramPageController(ProgramService programs, ProgramTeamService team, AuditLog audit) {
        this.programs = programs;
        this.team = team;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ProgramStatus status,
                @RequestParam(required = false) String after, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProgramStatus.values());
        model.addAttribute("mayCreate", programs.mayCreate(actor));
        model.addAttribute("page", programs.list(actor, status, new PageRequest(q, after, 50)));
        return "program/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        showModel(CurrentActor.get(), id, model);
        return "program/show";
    }

    private void showModel(Actor actor, long id, Model model) {
        ProgramAccess access = programs.requireReader(actor, id);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("members", team.members(actor, id));
        model.addAttribute("goals", team.goals(actor, id));
        model.addAttribute("units", team.units(actor, id));
        model.addAttribute("checklists", team.checklists(actor, id));
        model.addAttribute("newerPlaybookVersion", programs.newerPlaybookVersion(actor, id).orElse(null));
        model.addAttribute("revisions", programs.revisions(actor, id));
        model.addAttribute("roles", ProgramRole.values());
        model.addAttribute("history", audit.history(actor.organizationId(), ProgramService.ENTITY, id, 50));
    }

    /** A refused action is explained on the program page itself. */
    private String refused(Actor actor, long id, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        showModel(actor, id, model);
        return "program/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Program program = programs.requireEditor(CurrentActor.get(), id).program();
        return form(program, ProgramForm.of(program), model);
    }

    private String form(Program program, ProgramForm form, Model model) {
        model.addAttribute("program", program);
        model.addAttribute("form", form);
        model.addAttribute("subjects", ProgramSubject.values());
        return "program/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult binding, Model model) {
        Actor actor = CurrentActor.get();
        Program program = programs.requireEditor(actor, id).program();
        if (!binding.hasErrors()) {
            try {
                programs.update(actor, id, form);
                return "redirect:/programs/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("error.stale");
            }
        }
        return form(program, form, model);
    }

    @PostMapping("/{id}/advance")
    String advance(@PathVariable long id, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            programs.advance(actor, id, version);
            return "redirect:/programs/" + id;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/objective")
    String objective(@PathVariable long id, @RequestParam(required = false) String objective,
                     @RequestParam(required = false) String reason, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            programs.reviseObjective(actor, id, objective, reason, version);
            return "redirect:/programs/" + id;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) Long personId, @RequestParam ProgramRole role,
                     Model model) {
        Actor actor = CurrentActor.get();
        try {
            if (personId == null) {
                throw new InvalidInputException("personId", "program.error.personUnknown");
            }
            team.addMember(actor, id, personId, role);
            return "redirect:/programs/" + id;
        } catch (InvalidInputException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/members/{memberId}/delete")
    String removeMember(@PathVariable long id, @PathVariable long memberId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            team.removeMember(actor, id, memberId);
            return "redirect:/programs/" + id;
        } catch (InvalidInputException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/goals")
    String addGoal(@PathVariable long id, @RequestParam(required = false) String statement,
                   @RequestParam(required = false) Long internalCustomerPersonId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            team.addGoal(actor, id, statement, internalCustomerPersonId);
            return "redirect:/programs/" + id;
        } catch (InvalidInputException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/goals/{goalId}/delete")
    String deleteGoal(@PathVariable long id, @PathVariable long goalId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            team.deleteGoal(actor, id, goalId, version);
            return "redirect:/programs/" + id;
        } catch (StaleVersionException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/units")
    String addUnit(@PathVariable long id, @RequestParam(required = false) Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        try {
            if (unitId == null) {
                throw new InvalidInputException("unitId", "program.error.unitUnknown");
            }
            team.addUnit(actor, id, unitId);
            return "redirect:/programs/" + id;
        } catch (InvalidInputException e) {
            return refused(actor, id, model, e);
        }
    }

    @PostMapping("/{id}/units/{unitId}/delete")
    String removeUnit(@PathVariable long id, @PathVariable long unitId) {
        team.removeUnit(CurrentActor.get(), id, unitId);
        return "redirect:/programs/" + id;
    }

    @PostMapping("/{id}/checklists")
    String tick(@PathVariable long id, @RequestParam String checklist, @RequestParam String item, @RequestParam boolean ticked) {
        team.tick(CurrentActor.get(), id, checklist, item, ticked);
        return "redirect:/programs/" + id;
    }
}
