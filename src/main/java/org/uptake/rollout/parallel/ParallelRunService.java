package org.uptake.rollout.parallel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.rollout.wave.WaveService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/**
 * Parallel runs: the coordinator sets the period (per wave or unit), the reconciliation checks and the
 * exit rule; readings come from the form, a CSV import or the API; the cutover is recorded as a decision
 * and is refused while the exit criteria are not met. Readers of the program see everything.
 */
@Service
public class ParallelRunService {

    public static final String ENTITY = "rolloutParallelRun";
    static final int SHOWN_DAYS = 60;
    static final int MAX_READINGS = 10_000;

    private final ProgramService programs;
    private final WaveService waves;
    private final ParallelRunRepository repository;
    private final AuditLog audit;

    ParallelRunService(ProgramService programs, WaveService waves, ParallelRunRepository repository, AuditLog audit) {
        this.programs = programs;
        this.waves = waves;
        this.repository = repository;
        this.audit = audit;
    }

    public List<ParallelRun> list(Actor actor, long programId) {
        programs.requireReader(actor, programId);
        return repository.runs(actor.organizationId(), programId, 200);
    }

    public Reconciliation get(Actor actor, long programId, long runId) {
        programs.requireReader(actor, programId);
        return reconciliation(actor.organizationId(), find(actor, programId, runId));
    }

    @Transactional
    public ParallelRun create(Actor actor, long programId, RunForm form) {
        programs.requireEditor(actor, programId);
        checkScope(actor, programId, form);
        checkPeriod(form);
        long id = repository.insert(actor.organizationId(), programId, form);
        ParallelRun created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public ParallelRun update(Actor actor, long programId, long runId, RunForm form) {
        programs.requireEditor(actor, programId);
        ParallelRun before = open(actor, programId, runId);
        checkPeriod(form);
        if (repository.update(actor.organizationId(), runId, form) == 0) {
            throw new StaleVersionException(ENTITY, runId);
        }
        ParallelRun after = find(actor, programId, runId);
        audit.updated(actor, ENTITY, runId, before, after);
        return after;
    }

    @Transactional
    public ReconciliationCheck addCheck(Actor actor, long programId, long runId, CheckForm form) {
        programs.requireEditor(actor, programId);
        open(actor, programId, runId);
        if (repository.metricExists(runId, form.metric().strip())) {
            throw new InvalidInputException("metric", "rollout.error.metricTwice");
        }
        long id = repository.insertCheck(actor.organizationId(), runId, form);
        audit.action(actor, ENTITY, runId, "checkAdded", Map.of("metric", form.metric().strip(),
                "tolerance", form.tolerancePercent().toPlainString()));
        return repository.checks(actor.organizationId(), runId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Records readings of the run's checks (entered or posted): all or nothing, each error named by its position. */
    @Transactional
    public Reconciliation record(Actor actor, long programId, long runId, List<ReadingForm> readings, String source) {
        programs.requireEditor(actor, programId);
        ParallelRun run = open(actor, programId, runId);
        if (readings.isEmpty() || readings.size() > MAX_READINGS) {
            throw new InvalidInputException("readings", "rollout.error.readingsCount", MAX_READINGS);
        }
        Set<Long> checks = repository.checks(actor.organizationId(), runId).stream().map(ReconciliationCheck::id)
                .collect(Collectors.toSet());
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < readings.size(); i++) {
            ReadingForm r = readings.get(i);
            String at = "readings[" + i + "]";
            if (!checks.contains(r.checkId())) {
                problems.add(Violation.of(at + ".checkId", "rollout.error.unknownCheck"));
            }
            String dayProblem = dayProblem(run.startsOn(), run.endsOn(), r.day(), today);
            if (dayProblem != null) {
                problems.add(Violation.of(at + ".day", dayProblem));
            }
            if (!seen.add(r.checkId() + "|" + r.day())) {
                problems.add(Violation.of(at + ".day", "rollout.error.readingTwice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.upsert(actor.organizationId(), readings, source, actor.displayName());
        audit.action(actor, ENTITY, runId, "reconciled", Map.of("readings", readings.size(), "source", source));
        return reconciliation(actor.organizationId(), run);
    }

    /** Why a reading's day is refused, or null: outside the run's period or in the future. */
    static String dayProblem(LocalDate startsOn, LocalDate endsOn, LocalDate day, LocalDate today) {
        if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
            return "rollout.error.dayOutsideRun";
        }
        return day.isAfter(today) ? "rollout.error.dayInFuture" : null;
    }

    @Transactional
    public ParallelRun decide(Actor actor, long programId, long runId, CutoverForm form) {
        programs.requireEditor(actor, programId);
        ParallelRun run = open(actor, programId, runId);
        if (form.decision() == Cutover.CUTOVER && !reconciliation(actor.organizationId(), run).exitMet()) {
            throw new InvalidInputException("decision", "rollout.error.exitNotMet", run.matchingDays());
        }
        if (form.decision() == Cutover.EXTEND && (form.extendTo() == null || !form.extendTo().isAfter(run.endsOn()))) {
            throw new InvalidInputException("extendTo", "rollout.error.extendLater", run.endsOn());
        }
        if (form.decision() != Cutover.CUTOVER && (form.note() == null || form.note().isBlank())) {
            throw new InvalidInputException("note", "rollout.error.reasonRequired");
        }
        if (repository.decide(actor.organizationId(), runId, form, LocalDate.now(), actor.displayName()) == 0) {
            throw new StaleVersionException(ENTITY, runId);
        }
        ParallelRun after = find(actor, programId, runId);
        audit.action(actor, ENTITY, runId, "decision", Map.of("decision", form.decision().name(),
                "note", form.note() == null ? "" : form.note().strip(), "endsOn", after.endsOn().toString()));
        return after;
    }

    Reconciliation reconciliation(long org, ParallelRun run) {
        List<ReconciliationCheck> checks = repository.checks(org, run.id());
        Map<Long, ReconciliationCheck> byId = new HashMap<>();
        checks.forEach(c -> byId.put(c.id(), c));
        TreeMap<LocalDate, Map<Long, Reading>> byDay = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Reading r : repository.readings(org, run.id(), SHOWN_DAYS)) {
            byDay.computeIfAbsent(r.day(), d -> new LinkedHashMap<>()).put(r.checkId(), r);
        }
        List<Reconciliation.Day> days = new ArrayList<>();
        int streak = 0;
        boolean counting = true;
        LocalDate expected = byDay.isEmpty() ? null : byDay.firstKey();
        for (var e : byDay.entrySet()) {
            boolean complete = e.getValue().keySet().containsAll(byId.keySet());
            boolean matches = complete && e.getValue().values().stream()
                    .allMatch(r -> byId.get(r.checkId()) == null || r.within(byId.get(r.checkId()).tolerancePercent()));
            days.add(new Reconciliation.Day(e.getKey(), e.getValue(), complete, matches));
            if (counting && matches && e.getKey().equals(expected)) {
                streak++;
                expected = expected.minusDays(1);
            } else {
                counting = false;
            }
        }
        return new Reconciliation(run, checks, days, streak);
    }

    private void checkScope(Actor actor, long programId, RunForm form) {
        if ((form.waveId() == null) == (form.waveUnitId() == null)) {
            throw new InvalidInputException("waveId", "rollout.error.runScope");
        }
        try {
            if (form.waveId() != null) {
                waves.get(actor, programId, form.waveId());
            } else {
                waves.unitUnchecked(actor.organizationId(), programId, form.waveUnitId());
            }
        } catch (NotFoundException e) {
            throw new InvalidInputException("waveId", "rollout.error.runScope");
        }
    }

    private static void checkPeriod(RunForm form) {
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new InvalidInputException("endsOn", "rollout.error.endBeforeStart");
        }
    }

    private ParallelRun open(Actor actor, long programId, long runId) {
        ParallelRun run = find(actor, programId, runId);
        if (run.closed()) {
            throw new InvalidInputException(null, "rollout.error.runDecided", run.decidedOn());
        }
        return run;
    }

    private ParallelRun find(Actor actor, long programId, long runId) {
        return repository.run(actor.organizationId(), programId, runId).orElseThrow(() -> new NotFoundException(ENTITY, runId));
    }
}
