package org.uptake.program.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.budget.ActualEntry;
import org.uptake.program.budget.Budget;
import org.uptake.program.budget.BudgetActual;
import org.uptake.program.budget.BudgetLine;
import org.uptake.program.budget.BudgetLineForm;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.budget.BudgetTotals;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Budget", description = "A program's budget: one ISO 4217 currency, lines by kind and phase, planned vs actual in minor units")
@RestController
@RequestMapping("/api/v1/programs/{programId}/budget")
class BudgetApiController {

    private final BudgetService budgets;

    BudgetApiController(BudgetService budgets) {
        this.budgets = budgets;
    }

    record BudgetView(Budget budget, BudgetTotals totals) {
    }

    @GetMapping
    @Operation(summary = "The budget's currency and its totals: overall, per kind, per phase (minor units)")
    BudgetView budget(@PathVariable long programId) {
        var actor = CurrentActor.get();
        return new BudgetView(budgets.budget(actor, programId), budgets.totals(actor, programId));
    }

    record CurrencyRequest(String currency, int version) {
    }

    @PutMapping
    @Operation(summary = "Chooses the budget's currency (ISO 4217); refused once the budget has lines in another currency")
    Budget currency(@PathVariable long programId, @RequestBody CurrencyRequest body) {
        return budgets.chooseCurrency(CurrentActor.get(), programId, body.currency(), body.version());
    }

    @GetMapping("/lines")
    @Operation(summary = "The budget lines; follow `next` for the following page")
    Slice<BudgetLine> lines(@PathVariable long programId, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int size) {
        return budgets.lines(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping("/lines")
    @Operation(summary = "Adds a line: plannedMinor ≥ 0 in the budget's currency; another currency or a negative amount is refused")
    ResponseEntity<BudgetLine> addLine(@PathVariable long programId, @Valid @RequestBody BudgetLineForm form) {
        BudgetLine line = budgets.addLine(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/budget/lines/" + line.id())).body(line);
    }

    @GetMapping("/lines/{lineId}")
    BudgetLine line(@PathVariable long programId, @PathVariable long lineId) {
        return budgets.line(CurrentActor.get(), programId, lineId);
    }

    @PutMapping("/lines/{lineId}")
    @Operation(summary = "Changes a line; a stale version is a 409")
    BudgetLine updateLine(@PathVariable long programId, @PathVariable long lineId, @Valid @RequestBody BudgetLineForm form) {
        return budgets.updateLine(CurrentActor.get(), programId, lineId, form);
    }

    @DeleteMapping("/lines/{lineId}")
    @Operation(summary = "Removes a line without recorded spending")
    ResponseEntity<Void> deleteLine(@PathVariable long programId, @PathVariable long lineId, @RequestParam int version) {
        budgets.deleteLine(CurrentActor.get(), programId, lineId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/lines/{lineId}/actuals")
    @Operation(summary = "What was spent on the line, newest first")
    List<BudgetActual> actuals(@PathVariable long programId, @PathVariable long lineId) {
        return budgets.actuals(CurrentActor.get(), programId, lineId);
    }

    record ActualRequest(LocalDate spentOn, Long amountMinor, String currency, String note) {
    }

    @PostMapping("/lines/{lineId}/actuals")
    @Operation(summary = "Records spending on the line (minor units, the budget's currency); a negative amount corrects, "
            + "but the line's total never goes below zero")
    ResponseEntity<BudgetActual> recordActual(@PathVariable long programId, @PathVariable long lineId,
                                              @RequestBody ActualRequest body) {
        BudgetActual actual = budgets.recordActual(CurrentActor.get(), programId, lineId,
                new ActualEntry(body.spentOn(), body.amountMinor(), body.currency(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/budget/lines/" + lineId + "/actuals"))
                .body(actual);
    }
}
