package org.uptake.program.planio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.shared.importing.DuplicateKeys;
import org.uptake.shared.importing.ImportAction;
import org.uptake.shared.importing.RowChange;

/**
 * The whole-file checks of a plan import: duplicate keys, predecessors that name nothing, a task waiting
 * for itself, a playbook's hard rule left out, and cycles once the file's dependencies are laid over the
 * plan's. Nodes are task ids; a task the file adds is its row number, negated.
 */
@Component
class PlanImportChecks {

    void checkFile(PlanSnapshot s, List<RowChange<ImportedTask>> changes) {
        DuplicateKeys.reject(changes, PlanColumns.KEY, RowChange::key);
        DuplicateKeys.reject(changes, PlanColumns.KEY, c -> c.existingId() == null ? null : "task:" + c.existingId());
        if (s.problem != null) {
            return;
        }
        Map<String, Long> nodeOfKey = new HashMap<>();
        for (RowChange<ImportedTask> c : changes) {
            if (c.key() != null) {
                nodeOfKey.putIfAbsent(c.key(), node(c));
            }
        }
        Map<Long, List<Long>> wanted = new HashMap<>();
        for (RowChange<ImportedTask> c : changes) {
            if (c.record() != null && c.record().predecessors() != null) {
                wanted.put(node(c), resolve(s, c, nodeOfKey));
                keepsPlaybookRules(s, c, wanted.get(node(c)));
            }
        }
        rejectCycles(s, changes, wanted);
    }

    private static long node(RowChange<ImportedTask> c) {
        return c.existingId() != null ? c.existingId() : -c.row().line();
    }

    private static List<Long> resolve(PlanSnapshot s, RowChange<ImportedTask> c, Map<String, Long> nodeOfKey) {
        List<Long> nodes = new ArrayList<>();
        for (String key : c.record().predecessors()) {
            Long node = nodeOfKey.get(key);
            if (node == null) {
                ExistingTask t = s.task(key);
                node = t == null ? null : t.id();
            }
            if (node == null) {
                c.reject(PlanColumns.PREDECESSORS, "plan.import.error.unknownPredecessor", key);
            } else if (node == node(c)) {
                c.reject(PlanColumns.PREDECESSORS, "plan.import.error.selfPredecessor");
            } else {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static void keepsPlaybookRules(PlanSnapshot s, RowChange<ImportedTask> c, List<Long> wanted) {
        if (c.existingId() == null) {
            return;
        }
        for (PlanSnapshot.Link link : s.predecessorsOf.getOrDefault(c.existingId(), List.of())) {
            if (link.playbook() && !wanted.contains(link.predecessor())) {
                ExistingTask p = s.byId.get(link.predecessor());
                c.reject(PlanColumns.PREDECESSORS, "plan.import.error.playbookDependency", p == null ? "?" : p.key());
            }
        }
    }

    /** Lays the file's predecessor lists over the plan (the file replaces a task's own links, never a playbook's) and refuses every loop. */
    private static void rejectCycles(PlanSnapshot s, List<RowChange<ImportedTask>> changes, Map<Long, List<Long>> wanted) {
        Map<Long, List<Long>> successors = new HashMap<>();
        for (PlanSnapshot.Link l : s.links) {
            if (!wanted.containsKey(l.successor()) || l.playbook()) {
                successors.computeIfAbsent(l.predecessor(), k -> new ArrayList<>()).add(l.successor());
            }
        }
        wanted.forEach((successor, predecessors) -> predecessors.forEach(
                p -> successors.computeIfAbsent(p, k -> new ArrayList<>()).add(successor)));
        List<List<Long>> loops = DependencyCycles.find(successors);
        if (loops.isEmpty()) {
            return;
        }
        Map<Long, RowChange<ImportedTask>> rowOf = new HashMap<>();
        changes.forEach(c -> rowOf.put(node(c), c));
        for (List<Long> loop : loops) {
            List<String> names = new ArrayList<>();
            for (Long node : loop) {
                RowChange<ImportedTask> c = rowOf.get(node);
                names.add(c != null ? c.key() : s.byId.get(node).key());
            }
            names.add(names.getFirst());
            String chain = String.join(" → ", names);
            loop.stream().map(rowOf::get).filter(Objects::nonNull)
                    .forEach(c -> c.reject(PlanColumns.PREDECESSORS, "plan.import.error.cycle", chain));
        }
    }

    /** The columns a row would change on an existing task. */
    List<String> changedColumns(PlanSnapshot s, ExistingTask t, ImportedTask w) {
        List<String> changed = new ArrayList<>();
        addIf(changed, PlanColumns.TITLE, t.title(), w.title());
        addIf(changed, PlanColumns.PHASE, t.phaseId(), w.phaseId() == null && w.phaseName() != null ? -1L : w.phaseId());
        addIf(changed, PlanColumns.OWNER, t.ownerPersonId(), w.ownerPersonId());
        addIf(changed, PlanColumns.START, t.constraintStart(), w.start());
        addIf(changed, PlanColumns.DURATION, t.milestone() ? 0 : t.durationDays(), w.milestone() ? 0 : w.durationDays());
        addIf(changed, PlanColumns.DUE, t.dueDate(), w.due());
        addIf(changed, PlanColumns.MILESTONE, t.milestone(), w.milestone());
        addIf(changed, PlanColumns.CRITERION, t.completionCriterion(), w.criterion());
        if (!Objects.equals(t.effortHours() == null ? null : t.effortHours().stripTrailingZeros(),
                w.effortHours() == null ? null : w.effortHours().stripTrailingZeros())) {
            changed.add(PlanColumns.EFFORT);
        }
        if (w.predecessors() != null) {
            Set<Long> before = new HashSet<>();
            s.predecessorsOf.getOrDefault(t.id(), List.of()).forEach(l -> before.add(l.predecessor()));
            Set<Long> after = new HashSet<>();
            for (String key : w.predecessors()) {
                ExistingTask p = s.task(key);
                after.add(p == null ? Long.MIN_VALUE : p.id());
            }
            if (!before.equals(after)) {
                changed.add(PlanColumns.PREDECESSORS);
            }
        }
        return changed;
    }

    private static void addIf(List<String> changed, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(column);
        }
    }

    static boolean writes(RowChange<ImportedTask> c) {
        return c.is(ImportAction.CREATE) || c.is(ImportAction.UPDATE);
    }
}
