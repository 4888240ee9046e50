package org.uptake.rollout.readiness;

import java.util.ArrayList;
import java.util.List;
import org.uptake.rollout.wave.WaveUnit;

/**
 * The score is the weighted share of passing criteria (0–100, rounded down so 99.6 is not "100");
 * ready means every blocking criterion passes. Each failing criterion gives a reason in words.
 */
final class Scoring {

    private Scoring() {
    }

    static UnitReadiness score(WaveUnit unit, List<Criterion> criteria, Readings readings) {
        List<CriterionResult> results = new ArrayList<>(criteria.size());
        List<Reason> reasons = new ArrayList<>();
        int total = 0;
        int passing = 0;
        boolean ready = true;
        for (Criterion c : criteria) {
            CriterionResult r = readings.result(c, unit.unitId());
            results.add(r);
            total += c.weight();
            if (r.passes()) {
                passing += c.weight();
            } else {
                reasons.add(reason(r));
                ready &= !c.blocking();
            }
        }
        int score = total == 0 ? 0 : passing * 100 / total;
        return new UnitReadiness(unit, results, score, ready, reasons);
    }

    /** "rollout.reason.SIGN_OFF" etc.; a missing figure says so rather than "0 is below 90". */
    static Reason reason(CriterionResult r) {
        if (r.kind() == CriterionKind.SIGN_OFF) {
            return new Reason(r.kind(), "rollout.reason.SIGN_OFF", List.of());
        }
        if (r.value() == null) {
            return new Reason(r.kind(), "rollout.reason.missing." + r.kind().name(), List.of());
        }
        return new Reason(r.kind(), "rollout.reason." + r.kind().name(),
                List.of(r.value().stripTrailingZeros().toPlainString(), r.threshold().stripTrailingZeros().toPlainString()));
    }
}
