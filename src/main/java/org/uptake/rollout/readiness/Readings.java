package org.uptake.rollout.readiness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All criterion readings for a set of units: one call per signal plus one query for the manual values. */
record Readings(Map<CriterionKind, Map<Long, SignalValue>> signalled, Map<CriterionKind, Map<Long, ReadinessRepository.Manual>> manual) {

    static Readings read(long org, long programId, List<Long> unitIds, List<Criterion> criteria,
                         Map<CriterionKind, ReadinessSignal> signals, ReadinessRepository repository) {
        Map<CriterionKind, Map<Long, SignalValue>> signalled = new HashMap<>();
        Map<CriterionKind, Map<Long, ReadinessRepository.Manual>> manual = new HashMap<>();
        if (unitIds.isEmpty()) {
            return new Readings(signalled, manual);
        }
        boolean anyManual = false;
        for (Criterion c : criteria) {
            ReadinessSignal signal = signals.get(c.kind());
            if (signal == null) {
                anyManual = true;
                continue;
            }
            Map<Long, SignalValue> byUnit = new HashMap<>();
            signal.values(org, programId, unitIds).forEach(v -> byUnit.put(v.unitId(), v));
            signalled.put(c.kind(), byUnit);
        }
        if (anyManual) {
            for (ReadinessRepository.Manual m : repository.manual(org, programId, unitIds)) {
                if (!signals.containsKey(m.kind())) {
                    manual.computeIfAbsent(m.kind(), k -> new HashMap<>()).put(m.unitId(), m);
                }
            }
        }
        return new Readings(signalled, manual);
    }

    CriterionResult result(Criterion c, long unitId) {
        Map<Long, SignalValue> bySignal = signalled.get(c.kind());
        if (bySignal != null) {
            SignalValue v = bySignal.get(unitId);
            return new CriterionResult(c.kind(), v == null ? null : v.value(), c.threshold(), c.weight(), c.blocking(),
                    v != null && !v.applicable() || c.kind().passes(v == null ? null : v.value(), c.threshold()), false,
                    v == null ? c.kind().source() : v.source(), null, null, v == null ? null : v.note());
        }
        ReadinessRepository.Manual m = manual.getOrDefault(c.kind(), Map.of()).get(unitId);
        return new CriterionResult(c.kind(), m == null ? null : m.value(), c.threshold(), c.weight(), c.blocking(),
                c.kind().passes(m == null ? null : m.value(), c.threshold()), true, "manual",
                m == null ? null : m.by(), m == null ? null : m.at(), m == null ? null : m.note());
    }
}
