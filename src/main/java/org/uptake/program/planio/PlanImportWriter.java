package org.uptake.program.planio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramService;
import org.uptake.program.plan.PlanService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.audit.BulkAudit;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.ImportProgress;
import org.uptake.shared.importing.RowChange;

/**
 * Writes a checked plan file in the import's transaction: new phases, new and changed tasks in one statement
 * each, the rows' dependencies (a row's list replaces the task's own links; playbook rules stay), then one
 * reschedule of the whole plan through the plan's own scheduler, and the audit trail in bulk.
 */
@Component
class PlanImportWriter {

    private final PlanIoRepository repository;
    private final ProgramService programs;
    private final PlanService plans;
    private final BulkAudit bulkAudit;
    private final AuditLog audit;

    PlanImportWriter(PlanIoRepository repository, ProgramService programs, PlanService plans, BulkAudit bulkAudit, AuditLog audit) {
        this.repository = repository;
        this.programs = programs;
        this.plans = plans;
        this.bulkAudit = bulkAudit;
        this.audit = audit;
    }

    void write(Actor actor, PlanSnapshot s, List<RowChange<ImportedTask>> changes, ImportProgress progress) {
        long programId = s.programId;
        long org = actor.organizationId();
        programs.requireEditor(actor, programId);
        Map<String, Long> newPhases = newPhases(org, programId, changes);
        List<ImportedTask> creates = new ArrayList<>();
        List<ImportedTask> updates = new ArrayList<>();
        Map<Long, Long> idOfNode = new HashMap<>();
        for (RowChange<ImportedTask> c : changes) {
            ImportedTask t = withPhase(c.record(), newPhases);
            if (c.is(ImportAction.CREATE)) {
                creates.add(t);
            } else if (c.is(ImportAction.UPDATE)) {
                updates.add(t);
            }
            if (c.existingId() != null) {
                idOfNode.put(c.existingId(), c.existingId());
            }
        }
        List<Long> ids = repository.reserveTaskIds(creates.size());
        int created = 0;
        for (RowChange<ImportedTask> c : changes) {
            if (c.is(ImportAction.CREATE)) {
                idOfNode.put((long) -c.row().line(), ids.get(created++));
            }
        }
        if (!creates.isEmpty()) {
            repository.insertTasks(org, programId, ids, creates, s.programStart, repository.nextPosition(programId));
        }
        repository.updateTasks(org, updates);
        progress.advance(creates.size() + updates.size());
        dependencies(actor, s, changes, idOfNode);
        int moved = plans.reschedule(actor, programId);
        auditTrail(actor, programId, changes, ids, creates.size(), updates.size(), moved);
    }

    private Map<String, Long> newPhases(long org, long programId, List<RowChange<ImportedTask>> changes) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (RowChange<ImportedTask> c : changes) {
            ImportedTask t = c.record();
            if (PlanImportChecks.writes(c) && t.phaseId() == null && t.phaseName() != null) {
                String lower = t.phaseName().toLowerCase(Locale.ROOT);
                if (!ids.containsKey(lower)) {
                    ids.put(lower, repository.insertPhase(org, programId, t.phaseName()));
                }
            }
        }
        return ids;
    }

    private static ImportedTask withPhase(ImportedTask t, Map<String, Long> newPhases) {
        if (t == null || t.phaseId() != null || t.phaseName() == null) {
            return t;
        }
        return new ImportedTask(t.key(), t.existingId(), t.phaseName(), newPhases.get(t.phaseName().toLowerCase(Locale.ROOT)),
                t.title(), t.ownerPersonId(), t.start(), t.durationDays(), t.due(), t.milestone(), t.criterion(), t.effortHours(),
                t.predecessors());
    }

    /** Every row with a predecessors list gets exactly those (plus its playbook rules), resolved to task ids. */
    private void dependencies(Actor actor, PlanSnapshot s, List<RowChange<ImportedTask>> changes, Map<Long, Long> idOfNode) {
        Map<String, Long> idOfKey = new HashMap<>();
        for (RowChange<ImportedTask> c : changes) {
            long node = c.existingId() != null ? c.existingId() : -c.row().line();
            if (idOfNode.containsKey(node)) {
                idOfKey.putIfAbsent(c.key(), idOfNode.get(node));
            }
        }
        List<Long> successors = new ArrayList<>();
        List<long[]> pairs = new ArrayList<>();
        for (RowChange<ImportedTask> c : changes) {
            if (!PlanImportChecks.writes(c) || c.record().predecessors() == null) {
                continue;
            }
            long successor = idOfNode.get(c.existingId() != null ? c.existingId() : (long) -c.row().line());
            successors.add(successor);
            for (String key : c.record().predecessors()) {
                Long p = idOfKey.get(key);
                if (p == null) {
                    ExistingTask t = s.task(key);
                    p = t == null ? null : t.id();
                }
                if (p != null) {
                    pairs.add(new long[]{p, successor});
                }
            }
        }
        repository.deleteUserDependencies(s.programId, successors);
        repository.insertDependencies(actor.organizationId(), s.programId, pairs);
    }

    private void auditTrail(Actor actor, long programId, List<RowChange<ImportedTask>> changes, List<Long> ids, int created,
                            int updated, int moved) {
        List<BulkAudit.Entry> entries = new ArrayList<>();
        int next = 0;
        for (RowChange<ImportedTask> c : changes) {
            if (c.is(ImportAction.CREATE)) {
                entries.add(new BulkAudit.Entry(ids.get(next++), "imported", Map.of("key", c.key(), "title", c.record().title())));
            } else if (c.is(ImportAction.UPDATE)) {
                entries.add(new BulkAudit.Entry(c.existingId(), "imported", Map.of("columns", String.join(", ", c.changed()))));
            }
        }
        bulkAudit.write(actor, "task", entries);
        audit.action(actor, ProgramService.ENTITY, programId, "planImported",
                Map.of("created", created, "updated", updated, "rescheduled", moved));
    }
}
