package org.uptake.rollout.wave;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.WaveSteps;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Waves of a program: ordered, each with a planned go-live not before its predecessor's; a unit of
 * the program's scope belongs to one unit-wave. The playbook's per-wave and per-unit steps become
 * tasks dated from the go-live and move with it. Coordinators (program editors) run the waves.
 */
@Service
public class WaveService {

    public static final String ENTITY = "rolloutWave";
    public static final String UNIT_ENTITY = "rolloutWaveUnit";

    private final ProgramService programs;
    private final WaveRepository waves;
    private final WaveSteps steps;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    WaveService(ProgramService programs, WaveRepository waves, WaveSteps steps, AuditLog audit, ApplicationEventPublisher events) {
        this.programs = programs;
        this.waves = waves;
        this.steps = steps;
        this.audit = audit;
        this.events = events;
    }

    public List<Wave> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return waves.waves(actor.organizationId(), programId);
    }

    public Wave get(Actor actor, long programId, long waveId) {
        programs.requireReader(actor, programId);
        return find(actor, programId, waveId);
    }

    public record UnitChoice(long id, String name) {
    }

    /** Scope units not yet in a unit-wave (at most 500), for the page's unit picker. */
    public List<UnitChoice> candidates(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return waves.candidates(actor.organizationId(), programId, 500).stream()
                .map(c -> new UnitChoice(c.id(), c.name())).toList();
    }

    /** Waves without a permission check, for modules and gates that already checked the actor. */
    public List<Wave> wavesUnchecked(long org, long programId) {
        return waves.waves(org, programId);
    }

    public List<WaveUnit> units(Actor actor, long programId, Long waveId) {
        programs.requireReader(actor, programId);
        return waves.units(actor.organizationId(), programId, waveId);
    }

    public List<WaveUnit> unitsUnchecked(long org, long programId) {
        return waves.units(org, programId, null);
    }

    /** The wave units of the organisation units listed, as wave unit id → unit id (one light query, for the signals). */
    public java.util.Map<Long, Long> unitIdsUnchecked(long org, long programId, java.util.Collection<Long> unitIds) {
        java.util.Map<Long, Long> map = new java.util.LinkedHashMap<>();
        waves.unitIds(org, programId, unitIds).forEach(p -> map.put(p[0], p[1]));
        return map;
    }

    /** A wave unit; readers of the program and heads of the unit (or above it) may see it. */
    public WaveUnit unit(Actor actor, long programId, long waveUnitId) {
        ProgramAccess access = programs.access(actor, programId);
        WaveUnit unit = waves.unit(actor.organizationId(), programId, waveUnitId)
                .orElseThrow(() -> new NotFoundException(UNIT_ENTITY, waveUnitId));
        if (!access.reads() && !headsUnit(actor, unit)) {
            throw new org.uptake.shared.error.ForbiddenException("read wave unit");
        }
        return unit;
    }

    public WaveUnit unitUnchecked(long org, long programId, long waveUnitId) {
        return waves.unit(org, programId, waveUnitId).orElseThrow(() -> new NotFoundException(UNIT_ENTITY, waveUnitId));
    }

    /** The program of a wave unit (for listeners that only know the unit), or null when it is gone. */
    public Long programOfUnit(long org, long waveUnitId) {
        return waves.programOfUnit(org, waveUnitId);
    }

    /** Whether the actor heads (or acts for) the unit or a unit above it. */
    public boolean headsUnit(Actor actor, WaveUnit unit) {
        return headedBy(actor, unit.programId()).stream().anyMatch(u -> u.id() == unit.id());
    }

    /** Every wave unit of the program that the actor heads or acts for (or lies below one they do). */
    public List<WaveUnit> headedBy(Actor actor, long programId) {
        return actor.personId() == null ? List.of() : waves.headedIn(actor.organizationId(), actor.personId(), programId);
    }

    /** The wave units the actor heads across programs, soonest go-live first, at most 50: for the home page. */
    public List<WaveUnit> headedBy(Actor actor) {
        return actor.personId() == null ? List.of() : waves.headedBy(actor.organizationId(), actor.personId());
    }

    /** The actor's own unit in rollouts (the employee's home panel). */
    public List<MyWave> mine(Actor actor) {
        return actor.personId() == null ? List.of() : waves.ofPerson(actor.organizationId(), actor.personId());
    }

    @Transactional
    public Wave create(Actor actor, long programId, WaveForm form) {
        programs.requireEditor(actor, programId);
        List<Wave> existing = waves.waves(actor.organizationId(), programId);
        if (!existing.isEmpty()) {
            checkAfter(existing.get(existing.size() - 1), form.getPlannedGoLive());
        }
        if (form.isPilot() && !existing.isEmpty()) {
            throw new InvalidInputException("pilot", "rollout.error.pilotFirst");
        }
        List<Long> unitIds = form.getUnitIds();
        checkUnits(actor, programId, unitIds, -1, form.getScopeKind());
        long id = waves.insert(actor.organizationId(), programId, form);
        waves.addUnits(actor.organizationId(), programId, id, form.getScopeKind(), form.getPlannedGoLive(), unitIds);
        Wave created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        planSteps(actor, programId, id, unitIds, form.getPlannedGoLive());
        changed(actor, programId);
        return created;
    }

    @Transactional
    public Wave update(Actor actor, long programId, long waveId, WaveForm form) {
        programs.requireEditor(actor, programId);
        Wave before = find(actor, programId, waveId);
        List<Wave> all = waves.waves(actor.organizationId(), programId);
        int i = indexOf(all, waveId);
        if (i > 0) {
            checkAfter(all.get(i - 1), form.getPlannedGoLive());
        }
        if (i < all.size() - 1 && form.getPlannedGoLive().isAfter(all.get(i + 1).plannedGoLive())) {
            throw new InvalidInputException("plannedGoLive", "rollout.error.waveAfterSuccessor", all.get(i + 1).name(),
                    all.get(i + 1).plannedGoLive());
        }
        if (form.isPilot() && i > 0) {
            throw new InvalidInputException("pilot", "rollout.error.pilotFirst");
        }
        if (waves.update(actor.organizationId(), waveId, form) == 0) {
            throw new StaleVersionException(ENTITY, waveId);
        }
        if (!before.plannedGoLive().equals(form.getPlannedGoLive())) {
            waves.moveDates(actor.organizationId(), waveId, form.getPlannedGoLive());
            steps.moveWave(actor, programId, waveId, form.getPlannedGoLive());
            changed(actor, programId);
        }
        Wave after = find(actor, programId, waveId);
        audit.updated(actor, ENTITY, waveId, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long waveId, int version) {
        programs.requireEditor(actor, programId);
        Wave wave = find(actor, programId, waveId);
        if (wave.live()) {
            throw new InvalidInputException(null, "rollout.error.waveHasLiveUnits", wave.liveUnits());
        }
        if (waves.delete(actor.organizationId(), waveId, version) == 0) {
            throw new StaleVersionException(ENTITY, waveId);
        }
        steps.cancelWave(actor, programId, waveId, "Wave " + wave.name() + " deleted");
        audit.deleted(actor, ENTITY, waveId, wave);
    }

    @Transactional
    public List<WaveUnit> addUnits(Actor actor, long programId, long waveId, List<Long> unitIds) {
        programs.requireEditor(actor, programId);
        Wave wave = find(actor, programId, waveId);
        List<Long> ids = unitIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException("unitIds", "rollout.error.noUnits");
        }
        checkUnits(actor, programId, ids, waveId, wave.scopeKind());
        waves.addUnits(actor.organizationId(), programId, waveId, wave.scopeKind(), wave.plannedGoLive(), ids);
        audit.action(actor, ENTITY, waveId, "unitsAdded", Map.of("units", ids));
        ids.forEach(u -> steps.materialiseUnit(actor, programId, waveId, u, wave.plannedGoLive()));
        changed(actor, programId);
        return waves.units(actor.organizationId(), programId, waveId);
    }

    @Transactional
    public WaveUnit moveUnit(Actor actor, long programId, long waveUnitId, long toWaveId, int version) {
        programs.requireEditor(actor, programId);
        WaveUnit unit = unitUnchecked(actor.organizationId(), programId, waveUnitId);
        Wave target = find(actor, programId, toWaveId);
        if (unit.live()) {
            throw new InvalidInputException("waveId", "rollout.error.unitLive", unit.unitName(), unit.liveOn());
        }
        if (target.scopeKind() != unit.scopeKind()) {
            throw new InvalidInputException("waveId", "rollout.error.scopeKindDiffers");
        }
        if (target.id() == unit.waveId()) {
            return unit;
        }
        if (waves.units(actor.organizationId(), programId, toWaveId).stream().anyMatch(u -> u.unitId() == unit.unitId())) {
            throw new InvalidInputException("waveId", "rollout.error.unitInOtherWave", unit.unitName());
        }
        if (waves.moveUnit(actor.organizationId(), waveUnitId, toWaveId, target.plannedGoLive(), version) == 0) {
            throw new StaleVersionException(UNIT_ENTITY, waveUnitId);
        }
        steps.cancelUnit(actor, programId, unit.waveId(), unit.unitId(), "Moved to " + target.name());
        steps.materialiseUnit(actor, programId, toWaveId, unit.unitId(), target.plannedGoLive());
        audit.action(actor, UNIT_ENTITY, waveUnitId, "moved", Map.of("wave", List.of(unit.waveName(), target.name())));
        changed(actor, programId);
        return unitUnchecked(actor.organizationId(), programId, waveUnitId);
    }

    @Transactional
    public void removeUnit(Actor actor, long programId, long waveUnitId, int version) {
        programs.requireEditor(actor, programId);
        WaveUnit unit = unitUnchecked(actor.organizationId(), programId, waveUnitId);
        if (unit.live()) {
            throw new InvalidInputException(null, "rollout.error.unitLive", unit.unitName(), unit.liveOn());
        }
        if (waves.removeUnit(actor.organizationId(), waveUnitId, version) == 0) {
            throw new StaleVersionException(UNIT_ENTITY, waveUnitId);
        }
        steps.cancelUnit(actor, programId, unit.waveId(), unit.unitId(), "Removed from " + unit.waveName());
        audit.deleted(actor, UNIT_ENTITY, waveUnitId, unit);
    }

    /** Records the go-live; the gate has checked the decision and the previous wave before calling. */
    @Transactional
    public WaveUnit markLive(Actor actor, long programId, long waveUnitId, LocalDate liveOn, int version) {
        programs.requireEditor(actor, programId);
        WaveUnit before = unitUnchecked(actor.organizationId(), programId, waveUnitId);
        if (before.live()) {
            throw new InvalidInputException("liveOn", "rollout.error.unitLive", before.unitName(), before.liveOn());
        }
        if (waves.markLive(actor.organizationId(), waveUnitId, liveOn, actor.displayName(), version) == 0) {
            throw new StaleVersionException(UNIT_ENTITY, waveUnitId);
        }
        audit.action(actor, UNIT_ENTITY, waveUnitId, "live", Map.of("liveOn", liveOn.toString(), "unit", before.unitName()));
        return unitUnchecked(actor.organizationId(), programId, waveUnitId);
    }

    /** Declares the wave stable: by its criteria (checked by the caller) or by an override with a reason. */
    @Transactional
    public Wave markStable(Actor actor, long programId, long waveId, int version, String overrideReason) {
        Wave before = find(actor, programId, waveId);
        if (before.stable()) {
            throw new InvalidInputException(null, "rollout.error.alreadyStable");
        }
        if (waves.markStable(actor.organizationId(), waveId, version, actor.displayName(), overrideReason) == 0) {
            throw new StaleVersionException(ENTITY, waveId);
        }
        audit.action(actor, ENTITY, waveId, overrideReason == null ? "stable" : "stableOverride",
                overrideReason == null ? Map.of() : Map.of("reason", overrideReason));
        return find(actor, programId, waveId);
    }

    /** The wave before this one, if any. */
    public java.util.Optional<Wave> predecessor(Actor actor, long programId, long waveId) {
        List<Wave> all = waves.waves(actor.organizationId(), programId);
        int i = indexOf(all, waveId);
        return i > 0 ? java.util.Optional.of(all.get(i - 1)) : java.util.Optional.empty();
    }

    private void changed(Actor actor, long programId) {
        events.publishEvent(new WaveUnitsChanged(actor.organizationId(), programId));
    }

    private Wave find(Actor actor, long programId, long waveId) {
        return waves.wave(actor.organizationId(), programId, waveId).orElseThrow(() -> new NotFoundException(ENTITY, waveId));
    }

    private void planSteps(Actor actor, long programId, long waveId, List<Long> unitIds, LocalDate goLive) {
        steps.materialiseWave(actor, programId, waveId, unitIds, goLive);
        unitIds.forEach(u -> steps.materialiseUnit(actor, programId, waveId, u, goLive));
    }

    private static void checkAfter(Wave predecessor, LocalDate goLive) {
        if (goLive != null && goLive.isBefore(predecessor.plannedGoLive())) {
            throw new InvalidInputException("plannedGoLive", "rollout.error.waveBeforePredecessor", predecessor.name(),
                    predecessor.plannedGoLive());
        }
    }

    private void checkUnits(Actor actor, long programId, List<Long> unitIds, long waveId, ScopeKind kind) {
        if (unitIds.isEmpty()) {
            return;
        }
        Set<Long> inScope = new HashSet<>(waves.inScope(actor.organizationId(), programId, unitIds));
        if (!inScope.containsAll(unitIds)) {
            throw new InvalidInputException("unitIds", "rollout.error.unitOutsideScope");
        }
        List<String> taken = kind == ScopeKind.UNITS ? waves.alreadyWaved(actor.organizationId(), programId, unitIds, waveId)
                : List.of();
        if (!taken.isEmpty()) {
            throw new InvalidInputException("unitIds", "rollout.error.unitInOtherWave", String.join(", ", taken));
        }
    }

    private static int indexOf(List<Wave> all, long waveId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == waveId) {
                return i;
            }
        }
        return -1;
    }
}
