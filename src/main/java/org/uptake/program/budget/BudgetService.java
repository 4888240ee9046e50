package org.uptake.program.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.ProgramStatus;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * A program's budget: its currency, lines planned by kind and phase, and the actual spending recorded
 * against them. Readers of the program read it; its coordinator and deputy (and admins) change it.
 */
@Service
public class BudgetService {

    public static final String LINE = "budgetLine";

    private final ProgramService programs;
    private final BudgetRepository budgets;
    private final AuditLog audit;

    BudgetService(ProgramService programs, BudgetRepository budgets, AuditLog audit) {
        this.programs = programs;
        this.budgets = budgets;
        this.audit = audit;
    }

    /** The budget's settings; a program whose currency was never chosen answers a null currency and version 0. */
    public Budget budget(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return budgets.budget(actor.organizationId(), programId).orElse(new Budget(programId, null, 0));
    }

    /** Chooses the budget's currency; it can change only while the budget has no lines. */
    @Transactional
    public Budget chooseCurrency(Actor actor, long programId, String currency, int version) {
        editable(actor, programId);
        var c = Money.currencyOf(currency);
        if (c == null) {
            throw new InvalidInputException("currency", "budget.error.currencyUnknown", String.valueOf(currency));
        }
        String code = c.getCurrencyCode();
        var before = budgets.budget(actor.organizationId(), programId);
        if (before.isEmpty()) {
            if (version != 0) {
                throw new StaleVersionException("budget", programId);
            }
            budgets.insertBudget(actor.organizationId(), programId, code);
        } else if (!before.get().currency().equals(code)) {
            if (budgets.lineCount(programId) > 0) {
                throw new InvalidInputException("currency", "budget.error.currencyInUse", before.get().currency());
            }
            if (budgets.updateCurrency(actor.organizationId(), programId, code, version) == 0) {
                throw new StaleVersionException("budget", programId);
            }
        }
        audit.action(actor, ProgramService.ENTITY, programId, "budgetCurrency",
                Map.of("currency", List.of(before.map(Budget::currency).orElse(""), code)));
        return budgets.budget(actor.organizationId(), programId).orElseThrow();
    }

    public Slice<BudgetLine> lines(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        return Slice.of(budgets.lines(actor.organizationId(), programId, after == null ? null : after.id(), request.size() + 1),
                request.size(), l -> new Cursor("", l.id()));
    }

    public BudgetLine line(Actor actor, long programId, long lineId) {
        programs.requireReader(actor, programId);
        return find(actor, programId, lineId);
    }

    private BudgetLine find(Actor actor, long programId, long lineId) {
        return budgets.line(actor.organizationId(), programId, lineId).orElseThrow(() -> new NotFoundException(LINE, lineId));
    }

    @Transactional
    public BudgetLine addLine(Actor actor, long programId, BudgetLineForm form) {
        editable(actor, programId);
        String currency = checked(actor, programId, form);
        long id = budgets.insertLine(actor.organizationId(), programId, form, currency);
        BudgetLine created = find(actor, programId, id);
        audit.created(actor, LINE, id, created);
        return created;
    }

    @Transactional
    public BudgetLine updateLine(Actor actor, long programId, long lineId, BudgetLineForm form) {
        editable(actor, programId);
        BudgetLine before = find(actor, programId, lineId);
        checked(actor, programId, form);
        if (budgets.updateLine(actor.organizationId(), lineId, form) == 0) {
            throw new StaleVersionException(LINE, lineId);
        }
        BudgetLine after = find(actor, programId, lineId);
        audit.updated(actor, LINE, lineId, before, after);
        return after;
    }

    /** Removes a line that has no spending recorded; spending is corrected with a negative entry, never deleted. */
    @Transactional
    public void deleteLine(Actor actor, long programId, long lineId, int version) {
        editable(actor, programId);
        BudgetLine before = find(actor, programId, lineId);
        if (budgets.hasActuals(lineId)) {
            throw new InvalidInputException(null, "budget.error.lineHasActuals");
        }
        if (budgets.deleteLine(actor.organizationId(), lineId, version) == 0) {
            throw new StaleVersionException(LINE, lineId);
        }
        audit.deleted(actor, LINE, lineId, before);
    }

    /** Records money spent on a line; a negative amount corrects earlier entries but never takes the line below zero. */
    @Transactional
    public BudgetActual recordActual(Actor actor, long programId, long lineId, ActualEntry entry) {
        editable(actor, programId);
        BudgetLine line = find(actor, programId, lineId);
        List<Violation> problems = new ArrayList<>();
        sameCurrency(problems, "currency", entry.currency(), line.currency());
        if (entry.amountMinor() == null || entry.amountMinor() == 0) {
            problems.add(Violation.of("amount", "budget.error.amountRequired"));
        }
        if (entry.spentOn() == null) {
            problems.add(Violation.of("spentOn", "budget.error.spentOnRequired"));
        } else if (entry.spentOn().isAfter(LocalDate.now().plusDays(1))) {
            problems.add(Violation.of("spentOn", "budget.error.spentInFuture"));
        }
        if (entry.note() != null && entry.note().length() > 1000) {
            problems.add(Violation.of("note", "budget.error.noteTooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!budgets.addToActual(actor.organizationId(), lineId, entry.amountMinor())) {
            throw new InvalidInputException("amount", "budget.error.belowZero");
        }
        long id = budgets.insertActual(actor.organizationId(), line, entry, actor.userId() == 0 ? null : actor.userId(),
                actor.displayName());
        audit.action(actor, LINE, lineId, "actualRecorded", Map.of("spentOn", entry.spentOn().toString(),
                "amount", new Money(entry.amountMinor(), line.currency()).major().toPlainString() + " " + line.currency(),
                "note", entry.note() == null ? "" : entry.note()));
        return budgets.actuals(actor.organizationId(), lineId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    public List<BudgetActual> actuals(Actor actor, long programId, long lineId) {
        line(actor, programId, lineId);
        return budgets.actuals(actor.organizationId(), lineId);
    }

    public BudgetTotals totals(Actor actor, long programId) {
        Budget budget = budget(actor, programId);
        BudgetTotals.Total overall = new BudgetTotals.Total("all", null, 0, 0);
        List<BudgetTotals.Total> byKind = new ArrayList<>();
        List<BudgetTotals.Total> byPhase = new ArrayList<>();
        for (Object[] r : budgets.sums(actor.organizationId(), programId)) {
            int groupedKind = (Integer) r[0];
            int groupedPhase = (Integer) r[1];
            long planned = (Long) r[5];
            long actual = (Long) r[6];
            if (groupedKind == 1 && groupedPhase == 1) {
                overall = new BudgetTotals.Total("all", null, planned, actual);
            } else if (groupedPhase == 1) {
                byKind.add(new BudgetTotals.Total((String) r[2], null, planned, actual));
            } else {
                byPhase.add(new BudgetTotals.Total(r[3] == null ? null : r[3].toString(), (String) r[4], planned, actual));
            }
        }
        return new BudgetTotals(budget.currency(), overall, byKind, byPhase);
    }

    /** Checks a line's values against the budget; answers the budget's currency. */
    private String checked(Actor actor, long programId, BudgetLineForm form) {
        Budget budget = budgets.budget(actor.organizationId(), programId).orElse(null);
        if (budget == null) {
            throw new InvalidInputException("currency", "budget.error.noCurrency");
        }
        List<Violation> problems = new ArrayList<>();
        sameCurrency(problems, "currency", form.getCurrency(), budget.currency());
        if (form.getPlannedMinor() == null) {
            problems.add(Violation.of("plannedMinor", "budget.error.amountRequired"));
        } else if (form.getPlannedMinor() < 0) {
            problems.add(Violation.of("plannedMinor", "budget.error.negative"));
        }
        if (form.getPhaseId() != null && !budgets.phaseOf(actor.organizationId(), programId, form.getPhaseId())) {
            problems.add(Violation.of("phaseId", "budget.error.phaseUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return budget.currency();
    }

    private static void sameCurrency(List<Violation> problems, String field, String given, String expected) {
        if (given == null || given.isBlank()) {
            problems.add(Violation.of(field, "budget.error.currencyRequired", expected));
        } else if (!given.strip().equalsIgnoreCase(expected)) {
            problems.add(Violation.of(field, "budget.error.currency", given.strip(), expected));
        }
    }

    private Program editable(Actor actor, long programId) {
        Program program = programs.requireEditor(actor, programId).program();
        if (program.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        return program;
    }
}
