package org.uptake.program.budget;

/** A line of the budget: what it is for (kind, phase, title), planned and spent so far, in the program's currency. */
public record BudgetLine(long id, long programId, Long phaseId, String phaseName, BudgetKind kind, String title, String note,
                         String currency, long plannedMinor, long actualMinor, int version) {

    public Money planned() {
        return new Money(plannedMinor, currency);
    }

    public Money actual() {
        return new Money(actualMinor, currency);
    }

    /** Planned minus spent: negative when the line is overspent. */
    public Money remaining() {
        return new Money(plannedMinor - actualMinor, currency);
    }

    public boolean overspent() {
        return actualMinor > plannedMinor;
    }
}
