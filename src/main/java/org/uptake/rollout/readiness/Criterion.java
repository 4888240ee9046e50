package org.uptake.rollout.readiness;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A readiness criterion as a program configures it: threshold, weight in the score, whether it blocks go-live. */
public record Criterion(@NotNull CriterionKind kind, @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal threshold,
                        @Min(0) @Max(100) int weight, boolean blocking, boolean enabled) {

    public static Criterion defaultOf(CriterionKind kind) {
        return new Criterion(kind, kind.defaultThreshold(), kind.defaultWeight(), kind.defaultBlocking(), true);
    }
}
