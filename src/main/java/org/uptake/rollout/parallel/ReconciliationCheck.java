package org.uptake.rollout.parallel;

import java.math.BigDecimal;

/** A metric counted in both systems every day, and how far apart the two counts may be (percent of the legacy count). */
public record ReconciliationCheck(long id, long runId, String metric, BigDecimal tolerancePercent, int version) {
}
