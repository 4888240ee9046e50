package org.uptake.rollout.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffService;
import org.uptake.rollout.readiness.CriterionKind;
import org.uptake.rollout.readiness.ReadinessSignal;
import org.uptake.rollout.readiness.SignalValue;
import org.uptake.rollout.wave.WaveService;
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
        Map<Long, Long> units = waves.unitIdsUnchecked(organizationId, programId, unitIds);
        Map<Long, SignOff> latest = signOffs.latestForSubjects(Actor.system(organizationId), GateService.SUBJECT, units.keySet());
        List<SignalValue> out = new ArrayList<>(units.size());
        units.forEach((waveUnitId, unitId) -> {
            SignOff s = latest.get(waveUnitId);
            String note = s == null ? null : s.stale() ? "stale" : s.status().name().toLowerCase(java.util.Locale.ROOT);
            out.add(new SignalValue(kind(), unitId, s != null && s.holds() ? BigDecimal.ONE : BigDecimal.ZERO, "approval", note));
        });
        return out;
    }
}
