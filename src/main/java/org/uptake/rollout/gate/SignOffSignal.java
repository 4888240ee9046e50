package org.uptake.rollout.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffService;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;

/** The head's green light as a readiness signal: 1 while the latest sign-off of the unit's gate holds, else 0. */
@Component
class SignOffSignal implements ReadinessSignal {

    private final WaveService waves;
    private final SignOffService signOffs;

    SignOffSignal(WaveService waves, SignOffService signOffs) {
        this.waves = waves;
        this.signOffs = signOffs;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.SIGN_OFF;
    }

    @Override
    public List<SignalValue> values(long organizationId, long programId, Collection<Long> unitIds) {
        Set<Long> wanted = new HashSet<>(unitIds);
        List<WaveUnit> units = waves.unitsUnchecked(organizationId, programId).stream()
                .filter(u -> wanted.contains(u.unitId())).toList();
        Map<Long, SignOff> latest = signOffs.latestForSubjects(Actor.system(organizationId), GateService.SUBJECT,
                units.stream().map(WaveUnit::id).toList());
        List<SignalValue> out = new ArrayList<>(units.size());
        for (WaveUnit u : units) {
            SignOff s = latest.get(u.id());
            String note = s == null ? null : s.stale() ? "stale" : s.status().name().toLowerCase(java.util.Locale.ROOT);
            out.add(new SignalValue(kind(), u.unitId(), s != null && s.holds() ? BigDecimal.ONE : BigDecimal.ZERO, "approval", note));
        }
        return out;
    }
}
