package org.uptake.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.uptake.program.budget.BudgetKind;
import org.uptake.program.budget.BudgetLineForm;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.resource.AllocationForm;
import org.uptake.program.resource.AllocationService;
import org.uptake.program.risk.RiskForm;
import org.uptake.program.risk.RiskService;
import org.uptake.shared.Actor;

/**
 * Budget, resource and risk records of a matrix world's program, made by the program's coordinator:
 * fresh ones for every request, so destructive calls never disturb the next.
 */
public final class ProgramViewsMatrixWorld {

    private final Fixtures fixtures;
    private final Actor admin;
    private final Actor coordinator;
    private final long program;

    public ProgramViewsMatrixWorld(Fixtures fixtures, Actor admin, Actor coordinator, long program) {
        this.fixtures = fixtures;
        this.admin = admin;
        this.coordinator = coordinator;
        this.program = program;
    }

    public long program() {
        return program;
    }

    /** A fresh line of the program's budget (in EUR, chosen on first use). */
    public long budgetLine() {
        BudgetService budgets = fixtures.bean(BudgetService.class);
        var budget = budgets.budget(coordinator, program);
        if (!budget.hasCurrency()) {
            budgets.chooseCurrency(coordinator, program, "EUR", 0);
        }
        var form = new BudgetLineForm();
        form.setKind(BudgetKind.FINANCIAL);
        form.setTitle("Matrix line " + Fixtures.next());
        form.setPlannedMinor(100_00L);
        form.setCurrency("EUR");
        return budgets.addLine(coordinator, program, form).id();
    }

    public long person() {
        return fixtures.person(admin, "Matrix allocated " + Fixtures.next(), null, null).id();
    }

    public long allocation() {
        var form = new AllocationForm();
        form.setPersonId(person());
        form.setHoursPerWeek(new BigDecimal("10"));
        form.setStartsOn(LocalDate.of(2030, 3, 4));
        form.setEndsOn(LocalDate.of(2030, 4, 4));
        return fixtures.bean(AllocationService.class).add(coordinator, program, form).id();
    }

    /** A person allocated to the program (whose capacity may be set). */
    public long allocatedPerson() {
        long allocation = allocation();
        return fixtures.bean(AllocationService.class).get(coordinator, program, allocation).personId();
    }

    public long risk() {
        var form = new RiskForm();
        form.setTitle("Matrix risk " + Fixtures.next());
        form.setProbability(3);
        form.setImpact(2);
        form.setTaskIds(List.of());
        return fixtures.bean(RiskService.class).create(coordinator, program, form).id();
    }

    /** Any task of the program (for linking). */
    public long task() {
        return fixtures.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from program_task where program_id = ? order by id limit 1").param(program)
                .query(Long.class).single();
    }

    /** A fresh baseline of the program (a new name each time). */
    public long baseline() {
        return fixtures.bean(org.uptake.program.baseline.BaselineService.class).save(coordinator, program,
                new org.uptake.program.baseline.BaselineForm("Matrix baseline " + Fixtures.next(), null, null, 0)).id();
    }
}
