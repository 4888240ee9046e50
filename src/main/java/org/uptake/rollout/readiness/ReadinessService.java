package org.uptake.rollout.readiness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;

/**
 * Unit readiness: reads every criterion through its {@link ReadinessSignal} (or the manual value when no
 * module supplies it), scores units (weighted share of passing criteria) and says why a unit is not
 * ready. A unit is ready when every enabled blocking criterion passes. Coordinators configure criteria
 * and enter manual values; readers of the program and heads of a unit see its readiness.
 */
@Service
public class ReadinessService {

    public static final String ENTITY = "rolloutReadiness";

    private final ProgramService programs;
    private final WaveService waves;
    private final ReadinessRepository repository;
    private final Map<CriterionKind, ReadinessSignal> signals = new EnumMap<>(CriterionKind.class);
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ReadinessService(ProgramService programs, WaveService waves, ReadinessRepository repository, List<ReadinessSignal> signals,
                     AuditLog audit, ApplicationEventPublisher events) {
        this.programs = programs;
        this.waves = waves;
        this.repository = repository;
        signals.forEach(s -> {
            if (this.signals.put(s.kind(), s) != null) {
                throw new IllegalStateException("two readiness signals for " + s.kind());
            }
        });
        this.audit = audit;
        this.events = events;
    }

    /** Whether the criterion's value is entered by hand (no module supplies it yet). */
    public boolean manual(CriterionKind kind) {
        return !signals.containsKey(kind);
    }

    public List<Criterion> criteria(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return criteriaOf(actor.organizationId(), programId);
    }

    @Transactional
    public List<Criterion> saveCriteria(Actor actor, long programId, List<Criterion> criteria) {
        programs.requireEditor(actor, programId);
        if (criteria.stream().map(Criterion::kind).distinct().count() != criteria.size()) {
            throw new InvalidInputException("criteria", "rollout.error.criterionTwice");
        }
        if (criteria.stream().filter(Criterion::enabled).mapToInt(Criterion::weight).sum() == 0) {
            throw new InvalidInputException("criteria", "rollout.error.noWeight");
        }
        List<Criterion> before = criteriaOf(actor.organizationId(), programId);
        criteria.forEach(c -> repository.saveCriterion(actor.organizationId(), programId, c));
        audit.updated(actor, ENTITY, programId, Map.of("criteria", before), Map.of("criteria", criteriaOf(actor.organizationId(), programId)));
        recompute(actor.organizationId(), programId);
        return criteriaOf(actor.organizationId(), programId);
    }

    /** The readiness of the program's wave units (one wave, or all when {@code waveId} is null). */
    public List<UnitReadiness> board(Actor actor, long programId, Long waveId) {
        programs.requireReader(actor, programId);
        return evaluate(actor.organizationId(), programId, waves.units(actor, programId, waveId));
    }

    /** One wave unit's readiness; the unit's head may read it too. */
    public UnitReadiness unit(Actor actor, long programId, long waveUnitId) {
        WaveUnit unit = waves.unit(actor, programId, waveUnitId);
        return evaluate(actor.organizationId(), programId, List.of(unit)).get(0);
    }

    public UnitReadiness unitUnchecked(long org, long programId, long waveUnitId) {
        return evaluate(org, programId, List.of(waves.unitUnchecked(org, programId, waveUnitId))).get(0);
    }

    /** The readings of one criterion for units of a program (signal or manual), by unit id. */
    public Map<Long, BigDecimal> values(long org, long programId, CriterionKind kind, List<Long> unitIds) {
        Map<Long, BigDecimal> map = new HashMap<>();
        if (unitIds.isEmpty()) {
            return map;
        }
        ReadinessSignal signal = signals.get(kind);
        if (signal != null) {
            signal.values(org, programId, unitIds).forEach(v -> map.put(v.unitId(), v.value()));
        } else {
            repository.manual(org, programId, unitIds).stream().filter(m -> m.kind() == kind)
                    .forEach(m -> map.put(m.unitId(), m.value()));
        }
        return map;
    }

    @Transactional
    public UnitReadiness enterManual(Actor actor, long programId, long waveUnitId, CriterionKind kind, ManualValueForm form) {
        programs.requireEditor(actor, programId);
        WaveUnit unit = waves.unitUnchecked(actor.organizationId(), programId, waveUnitId);
        if (!manual(kind)) {
            throw new InvalidInputException("kind", "rollout.error.notManual", kind.source());
        }
        if (form.value().signum() < 0 || form.value().compareTo(kind.maxManual()) > 0) {
            throw new InvalidInputException("value", "rollout.error.valueRange", 0, kind.maxManual());
        }
        if (kind == CriterionKind.PROBLEMS && form.value().stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("value", "rollout.error.wholeNumber");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        repository.saveManual(actor.organizationId(), programId, unit.unitId(), kind, form.value(), note, actor.displayName());
        audit.action(actor, WaveService.UNIT_ENTITY, waveUnitId, "manualValue",
                Map.of("criterion", kind.name(), "value", form.value().toPlainString(), "note", note == null ? "" : note));
        recompute(actor.organizationId(), programId);
        return unitUnchecked(actor.organizationId(), programId, waveUnitId);
    }

    /** Recomputes and stores every unit's score of the program (a coordinator's button and after each change). */
    @Transactional
    public int recompute(Actor actor, long programId) {
        programs.requireEditor(actor, programId);
        return recompute(actor.organizationId(), programId);
    }

    @Transactional
    public int recompute(long org, long programId) {
        List<WaveUnit> units = waves.unitsUnchecked(org, programId);
        List<UnitReadiness> all = evaluate(org, programId, units);
        long[] ids = new long[all.size()];
        int[] scores = new int[all.size()];
        boolean[] ready = new boolean[all.size()];
        List<ReadinessRecomputed.Change> changes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            UnitReadiness r = all.get(i);
            ids[i] = r.unit().id();
            scores[i] = r.score();
            ready[i] = r.ready();
            if (r.score() != r.unit().score() || r.ready() != r.unit().ready()) {
                changes.add(new ReadinessRecomputed.Change(r.unit().id(), r.unit().score(), r.score(), r.ready()));
            }
        }
        repository.storeScores(org, programId, ids, scores, ready);
        if (!changes.isEmpty()) {
            events.publishEvent(new ReadinessRecomputed(org, programId, changes));
        }
        return changes.size();
    }

    /** Remembers the score a head signed off at (null clears it); a later drop flags the sign-off stale. */
    @Transactional
    public void rememberSignedScore(long org, long waveUnitId, Integer score) {
        repository.storeSignedScore(org, waveUnitId, score);
    }

    List<Criterion> criteriaOf(long org, long programId) {
        Map<CriterionKind, Criterion> map = new EnumMap<>(CriterionKind.class);
        for (CriterionKind k : CriterionKind.values()) {
            map.put(k, Criterion.defaultOf(k));
        }
        repository.criteria(org, programId).forEach(c -> map.put(c.kind(), c));
        return List.copyOf(map.values());
    }

    private List<UnitReadiness> evaluate(long org, long programId, List<WaveUnit> units) {
        List<Criterion> criteria = criteriaOf(org, programId).stream().filter(Criterion::enabled).toList();
        List<Long> unitIds = units.stream().map(WaveUnit::unitId).distinct().toList();
        Readings readings = Readings.read(org, programId, unitIds, criteria, signals, repository);
        List<UnitReadiness> out = new ArrayList<>(units.size());
        for (WaveUnit u : units) {
            out.add(Scoring.score(u, criteria, readings));
        }
        return out;
    }
}
