package org.uptake.rollout.readiness;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A criterion's value for one unit and whether it passes. {@code manual} values were entered by hand
 * ({@code enteredBy}, {@code enteredAt}, {@code note}) because no module supplies the signal yet.
 */
public record CriterionResult(CriterionKind kind, BigDecimal value, BigDecimal threshold, int weight, boolean blocking,
                              boolean passes, boolean manual, String source, String enteredBy, Instant enteredAt,
                              String note) {
}
