package org.uptake.process.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.catalog.ProcessView;
import org.uptake.shared.Actor;

/**
 * Reading specifications — the module's API for job duties and competencies: everything a position
 * executes, a process's owner, whether provisional roles are unresolved. Everyone in the
 * organisation may read specifications.
 */
@Service
public class SpecificationService {

    private final ProcessService processes;
    private final SpecificationRepository parts;
    private final ExecutorRepository executors;
    private final PositionService positions;

    SpecificationService(ProcessService processes, SpecificationRepository parts, ExecutorRepository executors,
                         PositionService positions) {
        this.processes = processes;
        this.parts = parts;
        this.executors = executors;
        this.positions = positions;
    }

    public Specification get(Actor actor, long processId) {
        ProcessView view = processes.view(actor, processId);
        long org = actor.organizationId();
        List<Long> id = List.of(processId);
        List<SpecificationCheck> checks = SpecificationCheck.evaluate(view.process(), parts.counts(processId));
        return new Specification(view, parts.clients(org, id), parts.goals(org, id), parts.results(org, id),
                parts.indicators(org, id), parts.resources(org, processId), parts.suppliers(org, processId),
                parts.executors(org, processId), processes.children(actor, processId), checks,
                SpecificationCheck.completeness(checks));
    }

    public List<SpecificationCheck> checks(Actor actor, long processId) {
        return SpecificationCheck.evaluate(processes.get(actor, processId), parts.counts(processId));
    }

    /**
     * Every specification in which the position is an executor, with goals, results and indicators —
     * "to compile job duties it is enough to look through all specifications and pick those where the
     * position is an executor" (seed 002 line 371). Six queries whatever the number of processes.
     */
    public List<ExecutorSpecification> forExecutor(Actor actor, long positionId) {
        long org = positions.get(actor, positionId).organizationId();
        var executed = executors.executedBy(org, positionId);
        if (executed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = executed.stream().map(ExecutorRepository.ExecutedProcess::processId).toList();
        Map<Long, List<ExecutorRepository.GoalLine>> goals = byProcess(executors.goals(org, ids), ExecutorRepository.GoalLine::processId);
        Map<Long, List<ProcessResult>> results = byProcess(parts.results(org, ids), ProcessResult::processId);
        Map<Long, List<ProcessIndicator>> indicators = byProcess(parts.indicators(org, ids), ProcessIndicator::processId);
        List<ExecutorSpecification> out = new ArrayList<>(executed.size());
        for (var e : executed) {
            var processGoals = goals.getOrDefault(e.processId(), List.of());
            Map<Long, String> goalText = processGoals.stream()
                    .collect(Collectors.toMap(ExecutorRepository.GoalLine::id, ExecutorRepository.GoalLine::text));
            out.add(new ExecutorSpecification(e.processId(), e.code(), e.name(), e.level(), e.description(), e.content(),
                    e.executorId(), e.functions(),
                    processGoals.stream().map(g -> new ExecutorSpecification.Goal(g.id(), g.text(), g.client())).toList(),
                    results.getOrDefault(e.processId(), List.of()).stream().map(ProcessResult::text).toList(),
                    indicators.getOrDefault(e.processId(), List.of()).stream()
                            .map(i -> new ExecutorSpecification.Indicator(i.id(), i.name(), i.methods(), i.goalId(),
                                    goalText.getOrDefault(i.goalId(), ""))).toList(),
                    e.ownerPositionId(), e.ownerTitle(), e.status(), e.approvedRevision(), e.completeness(),
                    e.provisionalExecutors() > 0));
        }
        return out;
    }

    private static <T> Map<Long, List<T>> byProcess(Collection<T> rows, java.util.function.Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }

    /** The owner of a process is a position (seed 002 line 197); empty while none is named. */
    public Optional<Long> ownerPosition(Actor actor, long processId) {
        return Optional.ofNullable(processes.get(actor, processId).ownerPositionId());
    }

    /** Whether some executor of the process is still a provisional role rather than a position. */
    public boolean hasUnresolvedProvisionalRoles(Actor actor, long processId) {
        return processes.get(actor, processId).provisionalExecutors() > 0;
    }

    public Set<Long> executorPositions(Actor actor, long processId) {
        Process p = processes.get(actor, processId);
        return parts.executorPositions(p.id());
    }

    /** The provisional roles used across the catalog, to resolve each to a position once the structure settles. */
    public List<ProvisionalRole> provisionalRoles(Actor actor) {
        return executors.provisionalRoles(actor.organizationId());
    }

    /** Results of any process, found by their text or their process's name — a resource may be one of them. */
    public List<ResultOption> findResults(Actor actor, String search) {
        return parts.searchResults(actor.organizationId(), new org.uptake.shared.paging.PageRequest(search, null, 20).likePattern(), 20);
    }

    /** The whole catalog against the rules: lists of the processes that break each one (at most 200 per list). */
    public CatalogChecks catalogChecks(Actor actor) {
        long org = actor.organizationId();
        int limit = 200;
        var figures = parts.figures(org);
        return new CatalogChecks(figures.processes(), figures.approved(), (int) Math.round(figures.averageCompleteness()),
                parts.failing(org, SpecificationCheck.bit("clients"), limit),
                parts.failing(org, SpecificationCheck.bit("description"), limit),
                parts.failing(org, SpecificationCheck.bit("owner"), limit),
                parts.failing(org, SpecificationCheck.bit("repeats"), limit),
                executors.provisionalRoles(org));
    }

    /** Where one process's results are another's resources: the supplier → client chain between processes. */
    public List<ProcessRelation> relations(Actor actor) {
        return parts.relations(actor.organizationId());
    }

    /** Specifications of the processes the predicate selects, read one by one (documents, not lists). */
    public List<Specification> all(Actor actor, List<Long> processIds) {
        return processIds.stream().map(id -> get(actor, id)).toList();
    }

    /** One indicator of the organisation's catalog, for a KPI that measures it. */
    public Optional<IndicatorRef> indicator(Actor actor, long indicatorId) {
        return parts.indicatorRef(actor.organizationId(), indicatorId);
    }

    /** Indicators to choose from, found by their name or their process's name (at most {@code limit}). */
    public List<IndicatorRef> indicators(Actor actor, String search, int limit) {
        return parts.indicatorRefs(actor.organizationId(), new org.uptake.shared.paging.PageRequest(search, null, 1).likePattern(), limit);
    }

    /** The indicators of one process the actor may read. */
    public List<IndicatorRef> indicatorsOf(Actor actor, long processId) {
        processes.get(actor, processId);
        return parts.indicatorRefsOf(actor.organizationId(), processId);
    }
}
