package org.uptake.process.spec;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;

/**
 * Once the structure settles, a provisional role ("Network development officer") is resolved to a
 * position in every process that named it, in one step (seed 002 line 196).
 */
@Service
public class ProvisionalRoleService {

    private final ProcessService processes;
    private final ExecutorRepository executors;
    private final SpecificationRepository specs;
    private final SpecificationEditService edits;
    private final PositionService positions;
    private final AuditLog audit;

    ProvisionalRoleService(ProcessService processes, ExecutorRepository executors, SpecificationRepository specs,
                           SpecificationEditService edits, PositionService positions, AuditLog audit) {
        this.processes = processes;
        this.executors = executors;
        this.specs = specs;
        this.edits = edits;
        this.positions = positions;
        this.audit = audit;
    }

    /** Replaces the role by the position everywhere; answers how many processes changed. */
    @Transactional
    public int resolve(Actor actor, String role, long positionId) {
        processes.requireArchitect(actor);
        if (role == null || role.isBlank()) {
            throw new InvalidInputException("role", "process.error.roleUnknown");
        }
        Position position;
        try {
            position = positions.get(actor, positionId);
        } catch (org.uptake.shared.error.NotFoundException e) {
            throw new InvalidInputException("positionId", "process.error.positionUnknown");
        }
        List<Long> affected = executors.processesWithRole(actor.organizationId(), role.strip());
        if (affected.isEmpty()) {
            throw new InvalidInputException("role", "process.error.roleUnknown");
        }
        for (long processId : affected) {
            Process process = processes.get(actor, processId);
            Set<Long> before = specs.executorPositions(processId);
            executors.resolve(actor.organizationId(), processId, role.strip(), positionId);
            audit.action(actor, ProcessService.ENTITY, processId, "executor resolved",
                    Map.of("role", role.strip(), "position", position.title()));
            edits.changed(actor.organizationId(), process, "executor", before);
        }
        return affected.size();
    }
}
