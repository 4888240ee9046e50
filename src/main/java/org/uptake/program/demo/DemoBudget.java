package org.uptake.program.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.budget.ActualEntry;
import org.uptake.program.budget.BudgetKind;
import org.uptake.program.budget.BudgetLineForm;
import org.uptake.program.budget.BudgetService;
import org.uptake.program.resource.AllocationForm;
import org.uptake.program.resource.AllocationService;
import org.uptake.shared.Actor;
import org.uptake.shared.demo.DemoContext;

/** The demo program's budget in EUR with spending, and its people: the IT administrator is booked above 40 h a week. */
@Component
class DemoBudget {

    private final BudgetService budgets;
    private final AllocationService allocations;
    private final JdbcClient jdbc;

    DemoBudget(BudgetService budgets, AllocationService allocations, JdbcClient jdbc) {
        this.budgets = budgets;
        this.allocations = allocations;
        this.jdbc = jdbc;
    }

    void create(Actor coordinator, DemoContext context, long programId) {
        budgets.chooseCurrency(coordinator, programId, "EUR", 0);
        Long preparation = phase(programId, "preparation");
        Long rollout = phase(programId, "rollout");
        LocalDate today = LocalDate.now();
        long licences = line(coordinator, programId, BudgetKind.FINANCIAL, "Software licences, 60 seats", preparation, 48_000_00);
        spend(coordinator, programId, licences, today.minusWeeks(10), 48_000_00, "Invoice 2024-117, annual subscription");
        long devices = line(coordinator, programId, BudgetKind.TECHNICAL, "Tablets and workstations for the workshops", preparation, 35_000_00);
        spend(coordinator, programId, devices, today.minusWeeks(9), 22_450_80, "Delivery 1: 40 tablets");
        long integration = line(coordinator, programId, BudgetKind.TECHNICAL, "Integration with the parts catalogue", rollout, 12_000_00);
        spend(coordinator, programId, integration, today.minusWeeks(6), 9_000_00, "Integrator, milestone 1");
        spend(coordinator, programId, integration, today.minusWeeks(2), 5_300_00, "Integrator, change request 3");
        long trainers = line(coordinator, programId, BudgetKind.PERSONNEL, "External trainers", preparation, 9_600_00);
        spend(coordinator, programId, trainers, today.minusWeeks(8), 4_800_00, "Pilot training, 4 days");
        spend(coordinator, programId, trainers, today.minusWeeks(7), -400_00, "Credit note: one day cancelled");
        long backfill = line(coordinator, programId, BudgetKind.PERSONNEL, "Key users' time (backfill in the workshops)", rollout, 18_000_00);
        spend(coordinator, programId, backfill, today.minusWeeks(3), 6_000_00, "Temporary mechanics, March");
        line(coordinator, programId, BudgetKind.FINANCIAL, "Contingency", null, 8_000_00);
        people(coordinator, context, programId, today);
    }

    private void people(Actor coordinator, DemoContext context, long programId, LocalDate today) {
        LocalDate from = today.minusWeeks(4);
        allocate(coordinator, programId, context.id("person.coordinator"), "Coordinator", "24", from, today.plusWeeks(16));
        allocate(coordinator, programId, context.id("person.head"), "Pilot workshop lead", "8", from, today.plusWeeks(8));
        Long it = context.id("person.it");
        allocate(coordinator, programId, it, "Integration and accounts", "30", from, today.plusWeeks(12));
        allocate(coordinator, programId, it, "Hypercare for wave 1", "16", today.minusWeeks(1), today.plusWeeks(3));
    }

    private long line(Actor coordinator, long programId, BudgetKind kind, String title, Long phaseId, long plannedMinor) {
        var form = new BudgetLineForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setPhaseId(phaseId);
        form.setPlannedMinor(plannedMinor);
        form.setCurrency("EUR");
        return budgets.addLine(coordinator, programId, form).id();
    }

    private void spend(Actor coordinator, long programId, long lineId, LocalDate day, long amountMinor, String note) {
        budgets.recordActual(coordinator, programId, lineId, new ActualEntry(day, amountMinor, "EUR", note));
    }

    private void allocate(Actor coordinator, long programId, Long personId, String role, String hours, LocalDate from, LocalDate to) {
        if (personId == null) {
            return;
        }
        var form = new AllocationForm();
        form.setPersonId(personId);
        form.setRole(role);
        form.setHoursPerWeek(new BigDecimal(hours));
        form.setStartsOn(from);
        form.setEndsOn(to);
        allocations.add(coordinator, programId, form);
    }

    private Long phase(long programId, String sourceKey) {
        return jdbc.sql("select id from program_phase where program_id = ? and source_key = ?").params(programId, sourceKey)
                .query(Long.class).optional().orElse(null);
    }
}
