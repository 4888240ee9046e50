package org.uptake.program.budget.web;

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
import org.uptake.program.budget.BudgetKind;
import org.uptake.program.budget.BudgetLine;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** A budget line's page: its spending entries, recording an actual, editing and removing the line, its history. */
@Controller
@RequestMapping("/programs/{programId}/budget/lines/{lineId}")
class BudgetLinePageController {

    private final ProgramService programs;
    private final BudgetService budgets;
    private final PlanService plans;
    private final AuditLog audit;

    BudgetLinePageController(ProgramService programs, BudgetService budgets, PlanService plans, AuditLog audit) {
        this.programs = programs;
        this.budgets = budgets;
        this.plans = plans;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable long programId, @PathVariable long lineId, Model model) {
        lineModel(CurrentActor.get(), programId, lineId, model);
        return "program/views/budget-line";
    }

    private void lineModel(Actor actor, long programId, long lineId, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        BudgetLine line = budgets.line(actor, programId, lineId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("line", line);
        model.addAttribute("actuals", budgets.actuals(actor, programId, lineId));
        model.addAttribute("kinds", BudgetKind.values());
        model.addAttribute("phases", plans.phases(actor, programId));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", audit.history(actor.organizationId(), BudgetService.LINE, lineId, 50));
    }

    private String refused(Actor actor, long programId, long lineId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        lineModel(actor, programId, lineId, model);
        return "program/views/budget-line";
    }

    @PostMapping
    String update(@PathVariable long programId, @PathVariable long lineId, @RequestParam(required = false) BudgetKind kind,
                  @RequestParam(required = false) String title, @RequestParam(required = false) Long phaseId,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String planned,
                  @RequestParam(required = false) String currency, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            budgets.updateLine(actor, programId, lineId,
                    BudgetPageController.lineForm(kind, title, phaseId, note, planned, currency, version));
            return "redirect:/programs/" + programId + "/budget/lines/" + lineId;
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, lineId, model, e);
        }
    }

    @PostMapping("/delete")
    String delete(@PathVariable long programId, @PathVariable long lineId, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            budgets.deleteLine(actor, programId, lineId, version);
            return "redirect:/programs/" + programId + "/budget";
        } catch (InvalidInputException | StaleVersionException e) {
            return refused(actor, programId, lineId, model, e);
        }
    }

    @PostMapping("/actuals")
    String recordActual(@PathVariable long programId, @PathVariable long lineId,
                        @RequestParam(required = false) LocalDate spentOn, @RequestParam(required = false) String amount,
                        @RequestParam(required = false) String currency, @RequestParam(required = false) String note,
                        Model model) {
        Actor actor = CurrentActor.get();
        try {
            budgets.recordActual(actor, programId, lineId, BudgetPageController.actualEntry(spentOn, amount, currency, note));
            return "redirect:/programs/" + programId + "/budget/lines/" + lineId;
        } catch (InvalidInputException e) {
            model.addAttribute("sentAmount", amount);
            model.addAttribute("sentNote", note);
            return refused(actor, programId, lineId, model, e);
        }
    }
}
