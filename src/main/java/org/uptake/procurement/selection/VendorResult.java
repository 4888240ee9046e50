package org.uptake.procurement.selection;

import java.util.Map;

/**
 * A shortlisted vendor's place in the ranking: its bid, its price score (null without a bid), the
 * mean evaluator score per quality criterion, the weighted total on the 0–10 scale, and its rank.
 */
public record VendorResult(long vendorId, String name, long bid, Double priceScore, Map<Long, Double> criterionScores,
                           double total, int rank) {

    public VendorResult {
        criterionScores = Map.copyOf(criterionScores);
    }

    public Double scoreOn(Criterion c) {
        return c.price() ? priceScore : criterionScores.get(c.id());
    }
}
