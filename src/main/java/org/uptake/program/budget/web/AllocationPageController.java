package org.uptake.program.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.resource.AllocationForm;
import org.uptake.program.resource.AllocationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Allocations on the budget tab: adding one, a person's weekly capacity, and an allocation's own page
 * (edit, remove, history). Refusals show the page they came from with the reasons.
 */
@Controller
@RequestMapping("/programs/{programId}/budget")
class AllocationPageController {

    private final ProgramService programs;
    private final AllocationService allocations;
    private final BudgetPageModel budgetPage;
    private final AuditLog audit;

    AllocationPageController(ProgramService programs, AllocationService allocations, BudgetPageModel budgetPage,
                             AuditLog audit) {
        this.programs = programs;
        this.allocations = allocations;
        this.budgetPage = budgetPage;
        this.audit = audit;
    }

    @PostMapping("/allocations")
    String add(@PathVariable long programId, @RequestParam(required = false) Long personId,
               @RequestParam(required = false) String role, @RequestParam(required = false) BigDecimal hoursPerWeek,
               @RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn, Model model) {
        Actor actor = CurrentActor.get();
        try {
            allocations.add(actor, programId, form(personId, role, hoursPerWeek, startsOn, endsOn, 0));
            return "redirect:/programs/" + programId + "/budget#resources";
        } catch (InvalidInputException e) {
            return budgetPage.refused(actor, programId, model, e);
        }
    }

    @PostMapping("/capacity")
    String capacity(@PathVariable long programId, @RequestParam long personId, @RequestParam(required = false) BigDecimal hoursPerWeek,
                    Model model) {
        Actor actor = CurrentActor.get();
        try {
            allocations.setCapacity(actor, programId, personId, hoursPerWeek);
            return "redirect:/programs/" + programId + "/budget#resources";
        } catch (InvalidInputException e) {
            return budgetPage.refused(actor, programId, model, e);
        }
    }

    @GetMapping("/allocations/{allocationId}")
    String show(@PathVariable long programId, @PathVariable long allocationId, Model model) {
        allocationModel(CurrentActor.get(), programId, allocationId, model);
        return "program/views/allocation";
    }

    private void allocationModel(Actor actor, long programId, long allocationId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("allocation", allocations.get(actor, programId, allocationId));
        model.addAttribute("history", audit.history(actor.organizationId(), AllocationService.ENTITY, allocationId, 50));
    }

    @PostMapping("/allocations/{allocationId}")
    String update(@PathVariable long programId, @PathVariable long allocationId, @RequestParam(required = false) Long personId,
                  @RequestParam(required = false) String role, @RequestParam(required = false) BigDecimal hoursPerWeek,
                  @RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
                  @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            allocations.update(actor, programId, allocationId, form(personId, role, hoursPerWeek, startsOn, endsOn, version));
            return "redirect:/programs/" + programId + "/budget#resources";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, allocationId, model, e);
        }
    }

    @PostMapping("/allocations/{allocationId}/delete")
    String delete(@PathVariable long programId, @PathVariable long allocationId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            allocations.delete(actor, programId, allocationId, version);
            return "redirect:/programs/" + programId + "/budget#resources";
        } catch (StaleVersionException | InvalidInputException e) {
            return refused(actor, programId, allocationId, model, e);
        }
    }

    private String refused(Actor actor, long programId, long allocationId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        allocationModel(actor, programId, allocationId, model);
        return "program/views/allocation";
    }

    private static AllocationForm form(Long personId, String role, BigDecimal hours, LocalDate startsOn, LocalDate endsOn,
                                       int version) {
        var form = new AllocationForm();
        form.setPersonId(personId);
        form.setRole(role);
        form.setHoursPerWeek(hours);
        form.setStartsOn(startsOn);
        form.setEndsOn(endsOn);
        form.setVersion(version);
        return form;
    }
}
