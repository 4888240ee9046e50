package org.uptake.program.budget;

import java.time.Instant;
import java.time.LocalDate;

/** Money spent on a line on a day; a correction is a negative entry. */
public record BudgetActual(long id, long lineId, LocalDate spentOn, long amountMinor, String currency, String note,
                           String recordedByName, Instant createdAt) {

    public Money amount() {
        return new Money(amountMinor, currency);
    }
}
