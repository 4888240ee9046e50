package org.uptake.rollout.readiness;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A criterion value entered by hand while no module supplies it. */
public record ManualValueForm(@NotNull BigDecimal value, @Size(max = 2000) String note) {
}
