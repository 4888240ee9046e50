package org.uptake.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.procurement.selection.Criterion;
import org.uptake.procurement.selection.CriterionKind;
import org.uptake.procurement.selection.Sensitivity;
import org.uptake.procurement.selection.Vendor;
import org.uptake.procurement.selection.VendorResult;
import org.uptake.procurement.selection.WeightedRanking;

/**
 * The stated formula, worked by hand: price 20 %, two quality criteria 50 % and 30 %; bids 100, 80
 * and 120 (thousand); Alpha scored 8, Beta 6, Gamma 9 on quality.
 */
class WeightedRankingTests {

    private static final Criterion PRICE = new Criterion(1, 1, 0, "Budget", null, CriterionKind.PRICE, 20);
    private static final Criterion GOALS = new Criterion(2, 1, 1, "Goals", null, CriterionKind.QUALITY, 50);
    private static final Criterion TRIAL = new Criterion(3, 1, 2, "Trial", null, CriterionKind.QUALITY, 30);
    private static final List<Criterion> CRITERIA = List.of(PRICE, GOALS, TRIAL);

    private static Vendor vendor(long id, String name, long bid) {
        return new Vendor(id, 1, name, null, null, true, false, null, null, new Vendor.Costs(bid, 0, 0, 0, 0, 0, 0), 0);
    }

    private static final List<Vendor> VENDORS = List.of(vendor(10, "Alpha", 100_000), vendor(11, "Beta", 80_000),
            vendor(12, "Gamma", 120_000));
    private static final Map<Long, Map<Long, Double>> MEANS = Map.of(
            10L, Map.of(2L, 8.0, 3L, 8.0), 11L, Map.of(2L, 6.0, 3L, 6.0), 12L, Map.of(2L, 9.0, 3L, 9.0));

    @Test
    void priceScoreIsTenTimesTheLowestBidOverTheVendorsBid() {
        assertThat(WeightedRanking.priceScore(80_000, 80_000)).isEqualTo(10.0);
        assertThat(WeightedRanking.priceScore(100_000, 80_000)).isEqualTo(8.0);
        assertThat(WeightedRanking.priceScore(160_000, 80_000)).isEqualTo(5.0);
        assertThat(WeightedRanking.priceScore(0, 80_000)).as("no bid, no price score").isNull();
    }

    @Test
    void ranksByWeightedTotalOnTheTenPointScale() {
        List<VendorResult> ranking = WeightedRanking.rank(CRITERIA, VENDORS, MEANS);

        // Gamma 0.8 × 9 + 0.2 × 6.67 = 8.53; Alpha 0.8 × 8 + 0.2 × 8 = 8.00; Beta 0.8 × 6 + 0.2 × 10 = 6.80
        assertThat(ranking).extracting(VendorResult::name).containsExactly("Gamma", "Alpha", "Beta");
        assertThat(ranking).extracting(VendorResult::total).containsExactly(8.53, 8.0, 6.8);
        assertThat(ranking).extracting(VendorResult::rank).containsExactly(1, 2, 3);
        assertThat(ranking.getFirst().priceScore()).isCloseTo(6.667, within(0.001));
    }

    @Test
    void aTieGoesToTheLowerBid() {
        Map<Long, Map<Long, Double>> equal = Map.of(10L, Map.of(2L, 5.0, 3L, 5.0), 11L, Map.of(2L, 5.0, 3L, 5.0));
        List<Criterion> qualityOnly = List.of(new Criterion(1, 1, 0, "Budget", null, CriterionKind.PRICE, 0), GOALS,
                new Criterion(3, 1, 2, "Trial", null, CriterionKind.QUALITY, 50));

        assertThat(WeightedRanking.rank(qualityOnly, VENDORS.subList(0, 2), equal)).extracting(VendorResult::name)
                .containsExactly("Beta", "Alpha");
    }

    @Test
    void sensitivityMovesThePriceWeightFromZeroToAHundredKeepingQualityProportions() {
        Sensitivity s = WeightedRanking.sensitivity(CRITERIA, VENDORS, MEANS);

        assertThat(s.priceWeights()).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
        assertThat(s.currentPriceWeight()).isEqualTo(20);
        Sensitivity.Line alpha = s.lines().get(0);
        Sensitivity.Line beta = s.lines().get(1);
        Sensitivity.Line gamma = s.lines().get(2);
        // Alpha scores 8 on everything, so its total never moves; Beta gains 0.4 per step, Gamma loses 0.23
        assertThat(alpha.totals()).allMatch(t -> t == 8.0);
        assertThat(beta.totals().getFirst()).isEqualTo(6.0);
        assertThat(beta.totals().getLast()).isEqualTo(10.0);
        assertThat(gamma.totals().getFirst()).isEqualTo(9.0);
        assertThat(gamma.totals().getLast()).isEqualTo(6.67);
        assertThat(gamma.ranks().subList(0, 5)).containsOnly(1);
        // at 50 % Alpha and Beta both total 8.00 and the lower bid (Beta) leads; from then on Beta leads
        assertThat(beta.ranks().subList(5, 11)).containsOnly(1);
        assertThat(s.leaderChanges()).containsExactly(50);
    }

    @Test
    void withoutQualityWeightTheRestIsSharedEqually() {
        List<Criterion> priceOnly = List.of(new Criterion(1, 1, 0, "Budget", null, CriterionKind.PRICE, 100),
                new Criterion(2, 1, 1, "Goals", null, CriterionKind.QUALITY, 0),
                new Criterion(3, 1, 2, "Trial", null, CriterionKind.QUALITY, 0));

        Sensitivity s = WeightedRanking.sensitivity(priceOnly, VENDORS, MEANS);

        assertThat(s.lines().get(2).totals().getFirst()).as("Gamma at price weight 0: quality only").isEqualTo(9.0);
        assertThat(s.lines().get(1).totals().getLast()).as("Beta at price weight 100: cheapest").isEqualTo(10.0);
    }
}
