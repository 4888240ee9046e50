package org.uptake.process.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.UnitService;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.PartRepository.Part;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;

/** The rules that tie the parts of a specification together; each refusal names the field and the reason. */
@Component
class PartRules {

    /** Adds a supplier without the editor check (the caller holds it) — used when a resource names a new supplier. */
    interface SupplierCreator {
        long create(Actor actor, long processId, SpecificationForms.Supplier form);
    }

    private final PartRepository parts;
    private final ProcessService processes;
    private final PositionService positions;
    private final UnitService units;

    PartRules(PartRepository parts, ProcessService processes, PositionService positions, UnitService units) {
        this.parts = parts;
        this.processes = processes;
        this.positions = positions;
        this.units = units;
    }

    /** Goals are formulated from a client's point of view: a goal names a client of this process. */
    void requireGoalClient(Actor actor, long processId, Long clientId) {
        if (parts.count(Part.CLIENT, processId) == 0) {
            throw new InvalidInputException("clientId", "process.error.goalsNeedClients");
        }
        if (clientId == null || !parts.exists(Part.CLIENT, actor.organizationId(), processId, clientId)) {
            throw new InvalidInputException("clientId", "process.error.clientUnknown");
        }
    }

    /** Clients → goals → results → indicators: an indicator measures a goal, once goals and results exist. */
    void requireIndicatorGoal(Actor actor, long processId, Long goalId) {
        if (parts.count(Part.GOAL, processId) == 0 || parts.count(Part.RESULT, processId) == 0) {
            throw new InvalidInputException("goalId", "process.error.indicatorsTooEarly");
        }
        if (goalId == null || !parts.exists(Part.GOAL, actor.organizationId(), processId, goalId)) {
            throw new InvalidInputException("goalId", "process.error.goalUnknown");
        }
    }

    void requireClientUnused(long clientId) {
        if (parts.clientHasGoals(clientId)) {
            throw new InvalidInputException(null, "process.error.clientHasGoals");
        }
    }

    void requireGoalUnmeasured(long goalId) {
        if (parts.goalHasIndicators(goalId)) {
            throw new InvalidInputException(null, "process.error.goalHasIndicators");
        }
    }

    void requireResultRemovable(long processId, long resultId) {
        List<String> users = parts.resultUsedBy(resultId);
        if (!users.isEmpty()) {
            throw new InvalidInputException(null, "process.error.resultInUse", String.join(", ", users));
        }
        if (parts.count(Part.RESULT, processId) == 1 && parts.count(Part.INDICATOR, processId) > 0) {
            throw new InvalidInputException(null, "process.error.lastResult");
        }
    }

    void requireSupplierUnused(long supplierId) {
        if (parts.supplierHasResources(supplierId)) {
            throw new InvalidInputException(null, "process.error.supplierHasResources");
        }
    }

    /**
     * A resource names its supplier — an existing one or a new one — and may be a result of another
     * process, which must then be the supplier's process. A new supplier is created here, so that the
     * seed's order (resources, then suppliers) works in one step.
     */
    void prepareResource(Actor actor, long processId, SpecificationForms.Resource f, SupplierCreator creator) {
        Long resultProcess = null;
        if (f.getSourceResultId() != null) {
            resultProcess = parts.resultProcess(actor.organizationId(), f.getSourceResultId())
                    .orElseThrow(() -> new InvalidInputException("sourceResultId", "process.error.resultUnknown"));
            if (resultProcess == processId) {
                throw new InvalidInputException("sourceResultId", "process.error.ownResult");
            }
        }
        if (f.getSupplierId() != null) {
            if (!parts.exists(Part.SUPPLIER, actor.organizationId(), processId, f.getSupplierId())) {
                throw new InvalidInputException("supplierId", "process.error.supplierUnknown");
            }
            Optional<Long> source = parts.supplierSource(actor.organizationId(), processId, f.getSupplierId());
            if (resultProcess != null && source.isPresent() && !Objects.equals(source.get(), resultProcess)) {
                throw new InvalidInputException("sourceResultId", "process.error.resultNotFromSupplier");
            }
            return;
        }
        if (f.getNewSupplierName() == null) {
            throw new InvalidInputException("supplierId", "process.error.supplierRequired");
        }
        var supplier = new SpecificationForms.Supplier();
        supplier.setName(f.getNewSupplierName());
        supplier.setKind(f.getNewSupplierKind() == null ? ProcessSupplier.Kind.PERSON : f.getNewSupplierKind());
        supplier.setSourceProcessId(resultProcess);
        f.setSupplierId(creator.create(actor, processId, supplier));
    }

    void requireSupplierRefs(Actor actor, long processId, Long supplierId, SpecificationForms.Supplier f) {
        if (f.getUnitId() != null) {
            try {
                units.get(actor, f.getUnitId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("unitId", "process.error.unitUnknown");
            }
        }
        if (f.getSourceProcessId() != null) {
            if (f.getSourceProcessId() == processId) {
                throw new InvalidInputException("sourceProcessId", "process.error.sourceProcessSelf");
            }
            if (processes.nameOf(actor, f.getSourceProcessId()).isEmpty()) {
                throw new InvalidInputException("sourceProcessId", "process.error.sourceProcessUnknown");
            }
        }
    }

    /** A position (once per process) or a provisional role name — never neither. */
    void requireExecutor(Actor actor, long processId, Long executorId, SpecificationForms.Executor f) {
        if (f.getPositionId() == null && f.getProvisionalRole() == null) {
            throw new InvalidInputException("positionId", "process.error.executorRequired");
        }
        if (f.getPositionId() != null) {
            try {
                positions.get(actor, f.getPositionId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("positionId", "process.error.positionUnknown");
            }
            if (parts.executorPositionTaken(processId, f.getPositionId(), executorId)) {
                throw new InvalidInputException("positionId", "process.error.executorTwice");
            }
        }
    }
}
