package org.uptake.rollout.gate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffService;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffEvent;
import org.uptake.rollout.readiness.ReadinessRecomputed;
import org.uptake.rollout.readiness.ReadinessService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;

/**
 * Keeps the gate in step with its sign-offs: any change of a unit's sign-off rescores the program;
 * an approval remembers the score the head signed at; when a unit's score later drops below it
 * before go-live, the sign-off is flagged stale (approval's {@code markStale}).
 */
@Component
class GateListener {

    private final WaveService waves;
    private final ReadinessService readiness;
    private final SignOffService signOffs;

    GateListener(WaveService waves, ReadinessService readiness, SignOffService signOffs) {
        this.waves = waves;
        this.readiness = readiness;
        this.signOffs = signOffs;
    }

    @EventListener
    void on(SignOffEvent e) {
        if (!GateService.SUBJECT.equals(e.subjectType()) || e.subjectId() == null) {
            return;
        }
        Long programId = programOf(e.organizationId(), e.subjectId());
        if (programId == null) {
            return;
        }
        readiness.recompute(e.organizationId(), programId);
        if (e instanceof SignOffApproved) {
            int score = readiness.unitUnchecked(e.organizationId(), programId, e.subjectId()).score();
            readiness.rememberSignedScore(e.organizationId(), e.subjectId(), score);
        }
    }

    @EventListener
    void on(ReadinessRecomputed e) {
        for (ReadinessRecomputed.Change c : e.changes()) {
            if (c.after() >= c.before()) {
                continue;
            }
            WaveUnit unit = waves.unitUnchecked(e.organizationId(), e.programId(), c.waveUnitId());
            if (!unit.live() && unit.signedScore() != null && c.after() < unit.signedScore() && holds(e.organizationId(), unit.id())) {
                signOffs.markStale(Actor.system(e.organizationId()), GateService.SUBJECT, unit.id(),
                        "Readiness dropped from " + unit.signedScore() + " to " + c.after() + " before go-live");
            }
        }
    }

    private boolean holds(long org, long waveUnitId) {
        var latest = signOffs.latestForSubjects(Actor.system(org), GateService.SUBJECT, java.util.List.of(waveUnitId)).get(waveUnitId);
        return latest != null && latest.holds();
    }

    private Long programOf(long org, long waveUnitId) {
        return waves.programOfUnit(org, waveUnitId);
    }
}
