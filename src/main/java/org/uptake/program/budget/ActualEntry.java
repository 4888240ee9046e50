package org.uptake.program.budget;

import java.time.LocalDate;

/** Money spent as a person records it: the day, the amount in minor units (negative to correct) and a note. */
public record ActualEntry(LocalDate spentOn, Long amountMinor, String currency, String note) {
}
