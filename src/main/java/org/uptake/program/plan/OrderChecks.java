package org.uptake.program.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;

/**
 * Decides whether a task may start or be completed: every predecessor done, every earlier phase its
 * phase is ordered after accepted. A HARD order refuses; a DEFAULT order gives way only to a reason,
 * which is recorded on the dependency or the phase rule it overrides.
 */
@Component
class OrderChecks {

    private final DependencyRepository dependencies;
    private final PhaseRepository phases;
    private final AuditLog audit;

    OrderChecks(DependencyRepository dependencies, PhaseRepository phases, AuditLog audit) {
        this.dependencies = dependencies;
        this.phases = phases;
        this.audit = audit;
    }

    record Blockers(List<Dependency> tasks, List<PhaseOrder> phases) {
        boolean none() {
            return tasks.isEmpty() && phases.isEmpty();
        }

        boolean anyHard() {
            return tasks.stream().anyMatch(d -> d.strength() == OrderStrength.HARD)
                    || phases.stream().anyMatch(p -> p.strength() == OrderStrength.HARD);
        }
    }

    Blockers blockers(long organizationId, Task task) {
        List<Dependency> deps = dependencies.predecessorsOf(organizationId, task.id()).stream().filter(Dependency::blocking).toList();
        List<PhaseOrder> orders = task.phaseId() == null ? List.of()
                : phases.ordersOf(organizationId, task.phaseId()).stream().filter(PhaseOrder::blocking).toList();
        return new Blockers(deps, orders);
    }

    /** Refuses when a hard order holds the task up, or a default one does and no reason is given; else records the overrides. */
    void clear(Actor actor, Task task, String reason) {
        Blockers b = blockers(actor.organizationId(), task);
        if (b.none()) {
            return;
        }
        List<Violation> hard = new ArrayList<>();
        List<String> hardTasks = b.tasks().stream().filter(d -> d.strength() == OrderStrength.HARD)
                .map(Dependency::predecessorTitle).toList();
        if (!hardTasks.isEmpty()) {
            hard.add(Violation.of(null, "task.error.blockedHard", String.join(", ", hardTasks)));
        }
        List<String> hardPhases = b.phases().stream().filter(p -> p.strength() == OrderStrength.HARD)
                .map(PhaseOrder::predecessorName).toList();
        if (!hardPhases.isEmpty()) {
            hard.add(Violation.of(null, "task.error.phaseHardOrder", String.join(", ", hardPhases)));
        }
        if (!hard.isEmpty()) {
            throw new InvalidInputException(hard);
        }
        if (reason == null || reason.isBlank()) {
            List<String> names = new ArrayList<>(b.tasks().stream().map(Dependency::predecessorTitle).toList());
            b.phases().forEach(p -> names.add(p.predecessorName()));
            throw new InvalidInputException("overrideReason", "task.error.needsReason", String.join(", ", names));
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("overrideReason", "task.error.reasonTooLong", 2000);
        }
        String why = reason.strip();
        for (Dependency d : b.tasks()) {
            dependencies.override(actor.organizationId(), d.id(), why, actor.userId(), actor.displayName());
            audit.action(actor, TaskService.ENTITY, task.id(), "orderOverridden",
                    Map.of("predecessor", d.predecessorTitle(), "reason", why));
        }
        for (PhaseOrder p : b.phases()) {
            phases.overrideOrder(actor.organizationId(), p.phaseId(), p.predecessorId(), why, actor.userId(), actor.displayName());
            audit.action(actor, TaskService.ENTITY, task.id(), "phaseOrderOverridden",
                    Map.of("phase", p.predecessorName(), "reason", why));
        }
    }
}
