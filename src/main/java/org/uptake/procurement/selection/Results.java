package org.uptake.procurement.selection;

import java.util.List;

/**
 * The outcome of scoring: available only once every evaluator has submitted (before that, only how
 * many have), then the criteria, the ranking by weighted total and the sensitivity to the price weight.
 */
public record Results(boolean available, int evaluators, int submitted, List<Criterion> criteria, List<VendorResult> ranking,
                      Sensitivity sensitivity) {

    public Results {
        criteria = List.copyOf(criteria);
        ranking = List.copyOf(ranking);
    }

    static Results hidden(int evaluators, int submitted) {
        return new Results(false, evaluators, submitted, List.of(), List.of(), null);
    }
}
