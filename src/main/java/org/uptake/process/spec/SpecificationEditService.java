package org.uptake.process.spec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.PartRepository.Part;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Changing the parts of a specification, in the seed's order: goals only for a client of the
 * process, indicators only once goals and results exist (seed 002 line 311), every resource with
 * its supplier. Admins, coordinators and the process's owners edit; every change is audited on the
 * process, puts an approved specification back to draft and is announced as {@link SpecificationChanged}.
 */
@Service
public class SpecificationEditService {

    private final ProcessService processes;
    private final PartRepository parts;
    private final SpecificationRepository specs;
    private final PartRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SpecificationEditService(ProcessService processes, PartRepository parts, SpecificationRepository specs, PartRules rules,
                             AuditLog audit, ApplicationEventPublisher events) {
        this.processes = processes;
        this.parts = parts;
        this.specs = specs;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long addClient(Actor actor, long processId, SpecificationForms.Client f) {
        return added(actor, processId, "client", () -> parts.insertClient(actor.organizationId(), processId, f), f.getName());
    }

    @Transactional
    public void updateClient(Actor actor, long processId, long id, SpecificationForms.Client f) {
        updated(actor, processId, Part.CLIENT, id, () -> parts.updateClient(actor.organizationId(), processId, id, f), f.getName());
    }

    @Transactional
    public void removeClient(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.CLIENT, id, version, () -> rules.requireClientUnused(id));
    }

    @Transactional
    public long addGoal(Actor actor, long processId, SpecificationForms.Goal f) {
        processes.requireEditor(actor, processId);
        rules.requireGoalClient(actor, processId, f.getClientId());
        return added(actor, processId, "goal", () -> parts.insertGoal(actor.organizationId(), processId, f), f.getText());
    }

    @Transactional
    public void updateGoal(Actor actor, long processId, long id, SpecificationForms.Goal f) {
        processes.requireEditor(actor, processId);
        rules.requireGoalClient(actor, processId, f.getClientId());
        updated(actor, processId, Part.GOAL, id, () -> parts.updateGoal(actor.organizationId(), processId, id, f), f.getText());
    }

    @Transactional
    public void removeGoal(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.GOAL, id, version, () -> rules.requireGoalUnmeasured(id));
    }

    @Transactional
    public long addResult(Actor actor, long processId, SpecificationForms.Result f) {
        return added(actor, processId, "result", () -> parts.insertResult(actor.organizationId(), processId, f), f.getText());
    }

    @Transactional
    public void updateResult(Actor actor, long processId, long id, SpecificationForms.Result f) {
        updated(actor, processId, Part.RESULT, id, () -> parts.updateResult(actor.organizationId(), processId, id, f), f.getText());
    }

    @Transactional
    public void removeResult(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.RESULT, id, version, () -> rules.requireResultRemovable(processId, id));
    }

    @Transactional
    public long addIndicator(Actor actor, long processId, SpecificationForms.Indicator f) {
        processes.requireEditor(actor, processId);
        rules.requireIndicatorGoal(actor, processId, f.getGoalId());
        return added(actor, processId, "indicator", () -> parts.insertIndicator(actor.organizationId(), processId, f), f.getName());
    }

    @Transactional
    public void updateIndicator(Actor actor, long processId, long id, SpecificationForms.Indicator f) {
        processes.requireEditor(actor, processId);
        rules.requireIndicatorGoal(actor, processId, f.getGoalId());
        updated(actor, processId, Part.INDICATOR, id,
                () -> parts.updateIndicator(actor.organizationId(), processId, id, f), f.getName());
    }

    @Transactional
    public void removeIndicator(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.INDICATOR, id, version, () -> { });
    }

    /** Adds a resource with its supplier; a supplier named here for the first time is added to the suppliers. */
    @Transactional
    public long addResource(Actor actor, long processId, SpecificationForms.Resource f) {
        processes.requireEditor(actor, processId);
        rules.prepareResource(actor, processId, f, this::addSupplierUnchecked);
        return added(actor, processId, "resource", () -> parts.insertResource(actor.organizationId(), processId, f), f.getName());
    }

    @Transactional
    public void updateResource(Actor actor, long processId, long id, SpecificationForms.Resource f) {
        processes.requireEditor(actor, processId);
        rules.prepareResource(actor, processId, f, this::addSupplierUnchecked);
        updated(actor, processId, Part.RESOURCE, id,
                () -> parts.updateResource(actor.organizationId(), processId, id, f), f.getName());
    }

    @Transactional
    public void removeResource(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.RESOURCE, id, version, () -> { });
    }

    @Transactional
    public long addSupplier(Actor actor, long processId, SpecificationForms.Supplier f) {
        processes.requireEditor(actor, processId);
        rules.requireSupplierRefs(actor, processId, null, f);
        return added(actor, processId, "supplier", () -> parts.insertSupplier(actor.organizationId(), processId, f), f.getName());
    }

    private long addSupplierUnchecked(Actor actor, long processId, SpecificationForms.Supplier f) {
        long id = parts.insertSupplier(actor.organizationId(), processId, f);
        audit.action(actor, ProcessService.ENTITY, processId, "supplier added", Map.of("supplier", f.getName()));
        return id;
    }

    @Transactional
    public void updateSupplier(Actor actor, long processId, long id, SpecificationForms.Supplier f) {
        processes.requireEditor(actor, processId);
        rules.requireSupplierRefs(actor, processId, id, f);
        updated(actor, processId, Part.SUPPLIER, id,
                () -> parts.updateSupplier(actor.organizationId(), processId, id, f), f.getName());
    }

    @Transactional
    public void removeSupplier(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.SUPPLIER, id, version, () -> rules.requireSupplierUnused(id));
    }

    @Transactional
    public long addExecutor(Actor actor, long processId, SpecificationForms.Executor f) {
        processes.requireEditor(actor, processId);
        rules.requireExecutor(actor, processId, null, f);
        return added(actor, processId, "executor", () -> parts.insertExecutor(actor.organizationId(), processId, f),
                f.getPositionId() != null ? "position " + f.getPositionId() : f.getProvisionalRole());
    }

    @Transactional
    public void updateExecutor(Actor actor, long processId, long id, SpecificationForms.Executor f) {
        processes.requireEditor(actor, processId);
        rules.requireExecutor(actor, processId, id, f);
        updated(actor, processId, Part.EXECUTOR, id, () -> parts.updateExecutor(actor.organizationId(), processId, id, f),
                f.getPositionId() != null ? "position " + f.getPositionId() : f.getProvisionalRole());
    }

    @Transactional
    public void removeExecutor(Actor actor, long processId, long id, int version) {
        removed(actor, processId, Part.EXECUTOR, id, version, () -> { });
    }

    private long added(Actor actor, long processId, String what, LongSupplier insert, String label) {
        Process process = processes.requireEditor(actor, processId);
        Set<Long> before = specs.executorPositions(processId);
        long id = insert.getAsLong();
        audit.action(actor, ProcessService.ENTITY, processId, what + " added", details(what, label));
        changed(actor.organizationId(), process, what, before);
        return id;
    }

    private void updated(Actor actor, long processId, Part part, long id, java.util.function.IntSupplier update, String label) {
        Process process = processes.requireEditor(actor, processId);
        requireExists(actor, processId, part, id);
        Set<Long> before = specs.executorPositions(processId);
        if (update.getAsInt() == 0) {
            throw new StaleVersionException(part.table, id);
        }
        String what = part.name().toLowerCase(java.util.Locale.ROOT);
        audit.action(actor, ProcessService.ENTITY, processId, what + " changed", details(what, label));
        changed(actor.organizationId(), process, what, before);
    }

    private void removed(Actor actor, long processId, Part part, long id, int version, Runnable precondition) {
        Process process = processes.requireEditor(actor, processId);
        requireExists(actor, processId, part, id);
        precondition.run();
        Set<Long> before = specs.executorPositions(processId);
        if (parts.delete(part, actor.organizationId(), processId, id, version) == 0) {
            throw new StaleVersionException(part.table, id);
        }
        String what = part.name().toLowerCase(java.util.Locale.ROOT);
        audit.action(actor, ProcessService.ENTITY, processId, what + " removed", Map.of("id", id));
        changed(actor.organizationId(), process, what, before);
    }

    private void requireExists(Actor actor, long processId, Part part, long id) {
        if (!parts.exists(part, actor.organizationId(), processId, id)) {
            throw new NotFoundException(part.table, id);
        }
    }

    private static Map<String, Object> details(String what, String label) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(what, label == null ? "" : label);
        return d;
    }

    /** Refreshes the stored completeness, puts the specification back to draft and tells the listeners. */
    void changed(long organizationId, Process process, String what, Set<Long> executorsBefore) {
        refreshSummary(process, true);
        events.publishEvent(new SpecificationChanged(organizationId, process.id(), process.name(),
                SpecificationChanged.Change.EDITED, what, executorsBefore, specs.executorPositions(process.id()), Instant.now()));
    }

    void refreshSummary(Process process, boolean backToDraft) {
        PartCounts counts = specs.counts(process.id());
        List<SpecificationCheck> checks = SpecificationCheck.evaluate(process, counts);
        specs.recordSummary(process.id(), SpecificationCheck.completeness(checks), SpecificationCheck.failedMask(checks),
                (int) counts.provisional(), backToDraft);
    }

    /**
     * Recomputes the stored completeness of every process of the organisation after rows were loaded
     * in bulk (the large demo data set); one query to read, one update per process.
     */
    @Transactional
    public void refreshAll(long organizationId) {
        for (SpecificationRepository.SummaryRow r : specs.summaryRows(organizationId)) {
            Process p = new Process(r.id(), organizationId, null, "", null, "", r.level(), 0, r.description(), r.content(),
                    r.benefit(), r.repeatsRegularly(), false, r.ownerPositionId(), null, 0, 0, null, 0, 0);
            PartCounts counts = new PartCounts(r.clients(), r.goals(), r.clientsWithoutGoals(), r.results(), r.indicators(),
                    0, r.resources(), r.executors(), r.provisional(), r.children());
            List<SpecificationCheck> checks = SpecificationCheck.evaluate(p, counts);
            specs.recordSummary(r.id(), SpecificationCheck.completeness(checks), SpecificationCheck.failedMask(checks),
                    (int) r.provisional(), false);
        }
    }
}
