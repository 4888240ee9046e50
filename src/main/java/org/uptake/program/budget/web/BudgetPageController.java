package org.uptake.program.budget.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.budget.ActualEntry;
import org.uptake.program.budget.BudgetKind;
import org.uptake.program.budget.BudgetLineForm;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.budget.Money;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * The budget tab: the currency, totals by kind and phase, the lines with their spending, and the
 * people allocated with their load. A refused change shows the page again with the reasons.
 */
@Controller
@RequestMapping("/programs/{programId}/budget")
class BudgetPageController {

    private final BudgetService budgets;
    private final BudgetPageModel page;

    BudgetPageController(BudgetService budgets, BudgetPageModel page) {
        this.budgets = budgets;
        this.page = page;
    }

    @GetMapping
    String budget(@PathVariable long programId, @RequestParam(required = false) String after,
                  @RequestParam(required = false) String allocationsAfter, Model model) {
        return page.show(CurrentActor.get(), programId, after, allocationsAfter, model);
    }

    @PostMapping("/currency")
    String currency(@PathVariable long programId, @RequestParam(required = false) String currency,
                    @RequestParam(defaultValue = "0") int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            budgets.chooseCurrency(actor, programId, currency, version);
            return "redirect:/programs/" + programId + "/budget";
        } catch (InvalidInputException | StaleVersionException e) {
            return page.refused(actor, programId, model, e);
        }
    }

    @PostMapping("/lines")
    String addLine(@PathVariable long programId, @RequestParam(required = false) BudgetKind kind,
                   @RequestParam(required = false) String title, @RequestParam(required = false) Long phaseId,
                   @RequestParam(required = false) String note, @RequestParam(required = false) String planned,
                   @RequestParam(required = false) String currency, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var form = lineForm(kind, title, phaseId, note, planned, currency, 0);
            budgets.addLine(actor, programId, form);
            return "redirect:/programs/" + programId + "/budget";
        } catch (InvalidInputException e) {
            model.addAttribute("newLine", new NewLine(kind, title, phaseId, note, planned));
            return page.refused(actor, programId, model, e);
        }
    }

    /** What the add-line form held when it was refused, to show it again. */
    record NewLine(BudgetKind kind, String title, Long phaseId, String note, String planned) {
    }

    static BudgetLineForm lineForm(BudgetKind kind, String title, Long phaseId, String note, String planned, String currency,
                                   int version) {
        if (kind == null) {
            throw new InvalidInputException("kind", "NotNull");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "NotBlank");
        }
        var form = new BudgetLineForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setPhaseId(phaseId);
        form.setNote(note);
        form.setCurrency(currency);
        form.setPlannedMinor(Money.parseMinor("planned", planned, currency, false));
        form.setVersion(version);
        return form;
    }

    static ActualEntry actualEntry(LocalDate spentOn, String amount, String currency, String note) {
        return new ActualEntry(spentOn, Money.parseMinor("amount", amount, currency, true), currency, note);
    }
}
