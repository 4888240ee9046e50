package org.uptake.procurement.selection;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Computes a selection's ranking and sensitivity from the database without permission checks; the
 * services decide who may see it. Three queries whatever the size: vendors, criteria, mean scores.
 */
@Component
class SelectionResults {

    private final SelectionRepository selections;
    private final VendorRepository vendors;
    private final ScoreRepository scores;

    SelectionResults(SelectionRepository selections, VendorRepository vendors, ScoreRepository scores) {
        this.selections = selections;
        this.vendors = vendors;
        this.scores = scores;
    }

    List<Vendor> shortlist(long selectionId) {
        return vendors.vendors(selectionId).stream().filter(Vendor::shortlisted).toList();
    }

    List<VendorResult> ranking(Selection s, List<Criterion> criteria) {
        return WeightedRanking.rank(criteria, shortlist(s.id()), scores.means(s.id()));
    }

    Results results(Selection s, List<Evaluator> evaluators) {
        int submitted = (int) evaluators.stream().filter(Evaluator::submitted).count();
        boolean available = !evaluators.isEmpty() && submitted == evaluators.size();
        if (!available) {
            return Results.hidden(evaluators.size(), submitted);
        }
        List<Criterion> criteria = selections.criteria(s.id());
        List<Vendor> shortlist = shortlist(s.id());
        Map<Long, Map<Long, Double>> means = scores.means(s.id());
        return new Results(true, evaluators.size(), submitted, criteria, WeightedRanking.rank(criteria, shortlist, means),
                WeightedRanking.sensitivity(criteria, shortlist, means));
    }
}
