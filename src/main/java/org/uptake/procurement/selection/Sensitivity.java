package org.uptake.procurement.selection;

import java.util.List;

/**
 * How the ranking changes as the price weight moves from 0 to 100 %: for each step, every vendor's
 * weighted total and rank, the quality criteria keeping their proportions among themselves.
 */
public record Sensitivity(List<Integer> priceWeights, int currentPriceWeight, List<Line> lines) {

    public Sensitivity {
        priceWeights = List.copyOf(priceWeights);
        lines = List.copyOf(lines);
    }

    public record Line(long vendorId, String name, List<Double> totals, List<Integer> ranks) {
        public Line {
            totals = List.copyOf(totals);
            ranks = List.copyOf(ranks);
        }
    }

    /** The price weights at which the leader changes, i.e. where the decision is sensitive. */
    public List<Integer> leaderChanges() {
        List<Integer> changes = new java.util.ArrayList<>();
        for (int i = 1; i < priceWeights.size(); i++) {
            if (leaderAt(i) != leaderAt(i - 1)) {
                changes.add(priceWeights.get(i));
            }
        }
        return changes;
    }

    public long leaderAt(int step) {
        return lines.stream().filter(l -> l.ranks().get(step) == 1).mapToLong(Line::vendorId).findFirst().orElse(0);
    }
}
