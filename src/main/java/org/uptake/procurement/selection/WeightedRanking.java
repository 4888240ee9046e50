package org.uptake.procurement.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a selection (docs/adr/0017), kept free of the database so it can be checked by hand:
 * <ul>
 *   <li>price score = {@value Score#MAX} × lowest bid ÷ the vendor's bid (the cheapest gets 10, a bid
 *       twice as high gets 5); a vendor without a bid (all cost components 0) gets no price score, counted as 0;</li>
 *   <li>quality score of a criterion = the mean of the evaluators' scores (0–10);</li>
 *   <li>weighted total = Σ weight × score ÷ 100, on the same 0–10 scale;</li>
 *   <li>rank by total (highest first); ties go to the lower bid, then the name.</li>
 * </ul>
 */
public final class WeightedRanking {

    public static final int STEP = 10;

    private WeightedRanking() {
    }

    /** The price score of a bid against the lowest positive bid, or null when the vendor has no bid. */
    public static Double priceScore(long bid, long lowestBid) {
        if (bid <= 0 || lowestBid <= 0) {
            return null;
        }
        return Score.MAX * (double) lowestBid / bid;
    }

    static long lowestBid(List<Vendor> vendors) {
        return vendors.stream().mapToLong(Vendor::bid).filter(b -> b > 0).min().orElse(0);
    }

    /** Ranks the vendors with the criteria's own weights. {@code means}: vendor id → criterion id → mean score. */
    public static List<VendorResult> rank(List<Criterion> criteria, List<Vendor> vendors, Map<Long, Map<Long, Double>> means) {
        Map<Long, Integer> weights = new HashMap<>();
        criteria.forEach(c -> weights.put(c.id(), c.weight()));
        return rank(criteria, vendors, means, weights);
    }

    static List<VendorResult> rank(List<Criterion> criteria, List<Vendor> vendors, Map<Long, Map<Long, Double>> means,
                                   Map<Long, ? extends Number> weights) {
        long lowest = lowestBid(vendors);
        List<VendorResult> unranked = new ArrayList<>();
        for (Vendor v : vendors) {
            Double price = priceScore(v.bid(), lowest);
            Map<Long, Double> own = means.getOrDefault(v.id(), Map.of());
            double total = 0;
            for (Criterion c : criteria) {
                Double s = c.price() ? price : own.get(c.id());
                total += weights.get(c.id()).doubleValue() * (s == null ? 0 : s) / 100.0;
            }
            unranked.add(new VendorResult(v.id(), v.name(), v.bid(), price, own, round(total), 0));
        }
        unranked.sort(Comparator.comparingDouble(VendorResult::total).reversed()
                .thenComparingLong(r -> r.bid() <= 0 ? Long.MAX_VALUE : r.bid())
                .thenComparing(VendorResult::name).thenComparingLong(VendorResult::vendorId));
        List<VendorResult> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            VendorResult r = unranked.get(i);
            ranked.add(new VendorResult(r.vendorId(), r.name(), r.bid(), r.priceScore(), r.criterionScores(), r.total(), i + 1));
        }
        return ranked;
    }

    /**
     * The weights with the price criterion at {@code priceWeight} and the quality criteria sharing the
     * rest in their current proportions (equally when they currently have no weight at all).
     */
    static Map<Long, Double> weightsAt(List<Criterion> criteria, int priceWeight) {
        List<Criterion> quality = criteria.stream().filter(c -> !c.price()).toList();
        int qualityTotal = quality.stream().mapToInt(Criterion::weight).sum();
        Map<Long, Double> weights = new HashMap<>();
        for (Criterion c : criteria) {
            if (c.price()) {
                weights.put(c.id(), (double) priceWeight);
            } else if (qualityTotal > 0) {
                weights.put(c.id(), c.weight() * (100.0 - priceWeight) / qualityTotal);
            } else {
                weights.put(c.id(), (100.0 - priceWeight) / quality.size());
            }
        }
        return weights;
    }

    /** The ranking at price weights 0, 10, … 100 %. */
    public static Sensitivity sensitivity(List<Criterion> criteria, List<Vendor> vendors, Map<Long, Map<Long, Double>> means) {
        List<Integer> steps = new ArrayList<>();
        for (int p = 0; p <= 100; p += STEP) {
            steps.add(p);
        }
        Map<Long, List<Double>> totals = new HashMap<>();
        Map<Long, List<Integer>> ranks = new HashMap<>();
        for (int p : steps) {
            for (VendorResult r : rank(criteria, vendors, means, weightsAt(criteria, p))) {
                totals.computeIfAbsent(r.vendorId(), k -> new ArrayList<>()).add(r.total());
                ranks.computeIfAbsent(r.vendorId(), k -> new ArrayList<>()).add(r.rank());
            }
        }
        int current = criteria.stream().filter(Criterion::price).mapToInt(Criterion::weight).sum();
        List<Sensitivity.Line> lines = vendors.stream()
                .map(v -> new Sensitivity.Line(v.id(), v.name(), totals.get(v.id()), ranks.get(v.id()))).toList();
        return new Sensitivity(steps, current, lines);
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
