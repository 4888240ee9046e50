package org.uptake.program.budget.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.budget.BudgetKind;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.plan.PlanService;
import org.uptake.program.resource.AllocationService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.PageRequest;

/** What the budget tab shows, for its own controller and for the allocation forms that post to it. */
@Component
class BudgetPageModel {

    static final String VIEW = "program/views/budget";

    private final ProgramService programs;
    private final BudgetService budgets;
    private final AllocationService allocations;
    private final PlanService plans;

    BudgetPageModel(ProgramService programs, BudgetService budgets, AllocationService allocations, PlanService plans) {
        this.programs = programs;
        this.budgets = budgets;
        this.allocations = allocations;
        this.plans = plans;
    }

    String show(Actor actor, long programId, String after, String allocationsAfter, Model model) {
        ProgramAccess access = programs.requireReader(actor, programId);
        model.addAttribute("program", access.program());
        model.addAttribute("access", access);
        model.addAttribute("tabs", programs.tabs(access));
        model.addAttribute("budget", budgets.budget(actor, programId));
        model.addAttribute("totals", budgets.totals(actor, programId));
        model.addAttribute("lines", budgets.lines(actor, programId, new PageRequest(null, after, 100)));
        model.addAttribute("kinds", BudgetKind.values());
        model.addAttribute("phases", plans.phases(actor, programId));
        model.addAttribute("allocations", allocations.list(actor, programId, new PageRequest(null, allocationsAfter, 100)));
        model.addAttribute("loads", allocations.loads(actor, programId));
        model.addAttribute("defaultCapacity", allocations.defaultCapacity());
        model.addAttribute("today", LocalDate.now());
        return VIEW;
    }

    /** The page again with the reasons a change was refused. */
    String refused(Actor actor, long programId, Model model, RuntimeException e) {
        model.addAttribute("violations", e instanceof InvalidInputException invalid ? invalid.violations()
                : List.of(Violation.of(null, "error.stale")));
        return show(actor, programId, null, null, model);
    }
}
