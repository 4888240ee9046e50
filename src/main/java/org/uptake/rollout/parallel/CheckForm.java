package org.uptake.rollout.parallel;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record CheckForm(@NotBlank @Size(max = 200) String metric,
                        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal tolerancePercent) {
}
