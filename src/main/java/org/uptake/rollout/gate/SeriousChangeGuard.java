package org.uptake.rollout.gate;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffService;
import org.uptake.program.plan.Task;
import org.uptake.program.plan.TaskStartGuard;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.error.Violation;

/**
 * Seeds 001/004: department heads give the green light before changes. A plan task marked "serious change"
 * is completed only when the head's sign-off ({@link GateService#SUBJECT}) holds for every unit it concerns
 * that is not live yet: the task's unit, else the units of its wave, else every wave unit of the program.
 * A program without waves has no unit to ask, so nothing is required there.
 */
@Component
class SeriousChangeGuard implements TaskStartGuard {

    /** At most this many unit names in the message; the rest are counted. */
    private static final int NAMED = 5;

    private final WaveService waves;
    private final SignOffService signOffs;

    SeriousChangeGuard(WaveService waves, SignOffService signOffs) {
        this.waves = waves;
        this.signOffs = signOffs;
    }

    @Override
    public List<Violation> check(Actor actor, Task task) {
        return List.of();
    }

    @Override
    public List<Violation> checkCompletion(Actor actor, Task task) {
        if (!task.seriousChange()) {
            return List.of();
        }
        List<WaveUnit> concerned = waves.unitsUnchecked(actor.organizationId(), task.programId()).stream()
                .filter(u -> u.liveOn() == null)
                .filter(u -> task.unitId() != null ? u.unitId() == task.unitId()
                        : task.waveId() == null || u.waveId() == task.waveId())
                .toList();
        if (concerned.isEmpty()) {
            return List.of();
        }
        Map<Long, SignOff> latest = signOffs.latestForSubjects(Actor.system(actor.organizationId()), GateService.SUBJECT,
                concerned.stream().map(WaveUnit::id).toList());
        List<String> missing = concerned.stream().filter(u -> latest.get(u.id()) == null || !latest.get(u.id()).holds())
                .map(WaveUnit::unitName).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())));
        return List.of(Violation.of(null, "rollout.error.seriousChangeNeedsGreenLight", names, missing.size()));
    }
}
