package org.uptake.rollout.parallel;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One day's counts of one check, as entered, imported or posted. */
public record ReadingForm(@NotNull Long checkId, @NotNull LocalDate day, @NotNull @Digits(integer = 14, fraction = 4) BigDecimal legacyValue,
                          @NotNull @Digits(integer = 14, fraction = 4) BigDecimal newValue) {
}
