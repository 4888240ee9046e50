package org.uptake.program.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.Program;
import org.uptake.program.ProgramService;
import org.uptake.program.playbook.OrderStrength;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/**
 * Finish-to-start dependencies between a program's tasks. Editors add them (a cycle is refused),
 * remove the ones that are not playbook rules, and override DEFAULT ones with a reason; HARD ones
 * stay. Every change reschedules the plan.
 */
@Service
public class DependencyService {

    static final String ENTITY = "taskDependency";

    private final ProgramService programs;
    private final DependencyRepository dependencies;
    private final TaskRepository tasks;
    private final Rescheduler rescheduler;
    private final AuditLog audit;

    DependencyService(ProgramService programs, DependencyRepository dependencies, TaskRepository tasks,
                      Rescheduler rescheduler, AuditLog audit) {
        this.programs = programs;
        this.dependencies = dependencies;
        this.tasks = tasks;
        this.rescheduler = rescheduler;
        this.audit = audit;
    }

    public List<Dependency> predecessors(Actor actor, long programId, long taskId) {
        programs.requireReader(actor, programId);
        return dependencies.predecessorsOf(actor.organizationId(), taskId);
    }

    public List<Dependency> successors(Actor actor, long programId, long taskId) {
        programs.requireReader(actor, programId);
        return dependencies.successorsOf(actor.organizationId(), taskId);
    }

    /** A page of the program's dependencies in id order ({@code afterId} 0 for the first). */
    public List<Dependency> list(Actor actor, long programId, long afterId, int size) {
        programs.requireReader(actor, programId);
        return dependencies.page(actor.organizationId(), programId, afterId, Math.min(Math.max(size, 1), 1000));
    }

    @Transactional
    public Dependency add(Actor actor, long programId, long predecessorId, long successorId) {
        Program program = programs.requireEditor(actor, programId).program();
        Task predecessor = taskOf(actor, programId, predecessorId, "predecessorId");
        Task successor = taskOf(actor, programId, successorId, "successorId");
        if (predecessorId == successorId) {
            throw new InvalidInputException("successorId", "dependency.error.self");
        }
        if (dependencies.exists(predecessorId, successorId)) {
            throw new InvalidInputException("successorId", "dependency.error.exists");
        }
        long[][] edges = dependencies.edges(programId);
        if (reaches(edges, successorId, predecessorId)) {
            throw new InvalidInputException("successorId", "dependency.error.cycle", successor.title(), predecessor.title());
        }
        if (successor.status() != TaskStatus.NOT_STARTED && predecessor.status().open()) {
            throw new InvalidInputException("successorId", "dependency.error.successorStarted", successor.title());
        }
        long id = dependencies.insert(actor.organizationId(), programId, predecessorId, successorId, OrderStrength.DEFAULT, "USER", null);
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, TaskService.ENTITY, successorId, "dependencyAdded", Map.of("predecessor", predecessor.title()));
        return dependencies.find(actor.organizationId(), programId, id).orElseThrow();
    }

    @Transactional
    public void remove(Actor actor, long programId, long dependencyId) {
        Program program = programs.requireEditor(actor, programId).program();
        Dependency d = find(actor, programId, dependencyId);
        if (d.strength() == OrderStrength.HARD) {
            throw new InvalidInputException(null, "dependency.error.hard", d.predecessorTitle(), d.successorTitle());
        }
        dependencies.delete(actor.organizationId(), programId, dependencyId);
        rescheduler.reschedule(actor.organizationId(), programId, program.startDate());
        audit.action(actor, TaskService.ENTITY, d.successorId(), "dependencyRemoved", Map.of("predecessor", d.predecessorTitle()));
    }

    /** Lets the successor go ahead although the predecessor is open: only DEFAULT orders, only with a reason. */
    @Transactional
    public Dependency override(Actor actor, long programId, long dependencyId, String reason) {
        programs.requireEditor(actor, programId);
        Dependency d = find(actor, programId, dependencyId);
        if (d.strength() == OrderStrength.HARD) {
            throw new InvalidInputException(null, "dependency.error.hard", d.predecessorTitle(), d.successorTitle());
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "task.error.needsReason", d.predecessorTitle());
        }
        if (d.overridden()) {
            throw new InvalidInputException(null, "dependency.error.overridden");
        }
        dependencies.override(actor.organizationId(), dependencyId, reason.strip(), actor.userId(), actor.displayName());
        audit.action(actor, TaskService.ENTITY, d.successorId(), "orderOverridden",
                Map.of("predecessor", d.predecessorTitle(), "reason", reason.strip()));
        return find(actor, programId, dependencyId);
    }

    private Dependency find(Actor actor, long programId, long id) {
        return dependencies.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Task taskOf(Actor actor, long programId, long taskId, String field) {
        return tasks.find(actor.organizationId(), taskId).filter(t -> t.programId() == programId)
                .orElseThrow(() -> new InvalidInputException(field, "dependency.error.taskUnknown"));
    }

    /** Whether {@code to} can be reached from {@code from} along the dependencies (adding to → from would close a cycle). */
    static boolean reaches(long[][] edges, long from, long to) {
        Map<Long, List<Long>> next = new HashMap<>();
        for (long[] e : edges) {
            next.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
        }
        Set<Long> seen = new HashSet<>();
        var queue = new ArrayDeque<Long>();
        queue.add(from);
        while (!queue.isEmpty()) {
            long id = queue.poll();
            if (id == to) {
                return true;
            }
            if (seen.add(id)) {
                queue.addAll(next.getOrDefault(id, List.of()));
            }
        }
        return false;
    }
}
