package org.uptake.process.centre;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.position.PositionService;
import org.uptake.org.unit.Unit;
import org.uptake.org.unit.UnitForm;
import org.uptake.org.unit.UnitService;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Responsibility centres: "the main purpose of the organisational structure is to serve the business
 * processes" (seed 002 line 216). Functions tie centres to the processes they serve; processes that
 * no centre serves are listed so that missing centres can be formed, and processes served twice so
 * that duplication can be removed. Admins and coordinators shape the centres; everyone reads.
 */
@Service
public class CentreService {

    static final String ENTITY = "responsibility_centre";
    static final int ORPHAN_LIMIT = 500;

    private final CentreRepository centres;
    private final ProcessService processes;
    private final UnitService units;
    private final PositionService positions;
    private final AuditLog audit;

    CentreService(CentreRepository centres, ProcessService processes, UnitService units, PositionService positions,
                  AuditLog audit) {
        this.centres = centres;
        this.processes = processes;
        this.units = units;
        this.positions = positions;
        this.audit = audit;
    }

    public List<ResponsibilityCentre> all(Actor actor) {
        return centres.all(actor.organizationId());
    }

    public ResponsibilityCentre get(Actor actor, long id) {
        return centres.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<CentreFunction> functionsOf(Actor actor, long centreId) {
        get(actor, centreId);
        return centres.functionsOf(actor.organizationId(), centreId);
    }

    public List<CentreFunction> functionsFor(Actor actor, long processId) {
        return centres.functionsFor(actor.organizationId(), processId);
    }

    public List<CentreFunction> allFunctions(Actor actor) {
        return centres.allFunctions(actor.organizationId());
    }

    /** The tops of the catalog's ownerless branches: nothing in them is served by a centre (at most {@value #ORPHAN_LIMIT}). */
    public List<OrphanProcess> orphans(Actor actor) {
        return Orphans.find(centres.lines(actor.organizationId()), centres.served(actor.organizationId()), ORPHAN_LIMIT);
    }

    /** Functions of processes served by more than one centre. */
    public List<CentreFunction> duplicates(Actor actor) {
        return centres.duplicates(actor.organizationId());
    }

    public boolean mayEdit(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    private void requireEditor(Actor actor) {
        actor.require("shape responsibility centres", Role.ADMIN, Role.COORDINATOR);
    }

    @Transactional
    public ResponsibilityCentre create(Actor actor, CentreForms.Centre form) {
        requireEditor(actor);
        check(actor, form, null);
        long id = centres.insert(actor.organizationId(), form);
        ResponsibilityCentre created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public ResponsibilityCentre update(Actor actor, long id, CentreForms.Centre form) {
        requireEditor(actor);
        ResponsibilityCentre before = get(actor, id);
        check(actor, form, id);
        if (centres.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        ResponsibilityCentre after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        requireEditor(actor);
        ResponsibilityCentre before = get(actor, id);
        if (centres.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** A proposed centre becomes a unit of the structure (only admins shape the unit tree). */
    @Transactional
    public ResponsibilityCentre becomeUnit(Actor actor, long id, CentreForms.NewUnit form) {
        units.requireEditor(actor);
        ResponsibilityCentre centre = get(actor, id);
        if (!centre.proposed()) {
            throw new InvalidInputException(null, "process.centre.error.alreadyUnit");
        }
        var unitForm = new UnitForm();
        unitForm.setCode(form.getCode());
        unitForm.setName(centre.name());
        unitForm.setParentId(form.getParentUnitId());
        Unit unit = units.create(actor, unitForm);
        if (centres.linkUnit(actor.organizationId(), id, unit.id(), form.getVersion()) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.action(actor, ENTITY, id, "became unit", Map.of("unit", unit.name(), "code", unit.code()));
        return get(actor, id);
    }

    @Transactional
    public long addFunction(Actor actor, long centreId, CentreForms.Function form) {
        requireEditor(actor);
        get(actor, centreId);
        String process = processes.nameOf(actor, form.getProcessId())
                .orElseThrow(() -> new InvalidInputException("processId", "process.centre.error.processUnknown"));
        if (centres.serves(centreId, form.getProcessId())) {
            throw new InvalidInputException("processId", "process.centre.error.servedAlready");
        }
        long id = centres.insertFunction(actor.organizationId(), centreId, form);
        audit.action(actor, ENTITY, centreId, "function added", Map.of("process", process, "function", form.getFunction()));
        return id;
    }

    @Transactional
    public void updateFunction(Actor actor, long centreId, long functionId, CentreForms.Function form) {
        requireEditor(actor);
        CentreFunction before = centres.findFunction(actor.organizationId(), centreId, functionId)
                .orElseThrow(() -> new NotFoundException("responsibility_centre_function", functionId));
        if (centres.updateFunction(actor.organizationId(), centreId, functionId, form) == 0) {
            throw new StaleVersionException("responsibility_centre_function", functionId);
        }
        audit.action(actor, ENTITY, centreId, "function changed",
                Map.of("process", before.processName(), "function", List.of(before.function(), form.getFunction())));
    }

    @Transactional
    public void removeFunction(Actor actor, long centreId, long functionId, int version) {
        requireEditor(actor);
        CentreFunction before = centres.findFunction(actor.organizationId(), centreId, functionId)
                .orElseThrow(() -> new NotFoundException("responsibility_centre_function", functionId));
        if (centres.deleteFunction(actor.organizationId(), centreId, functionId, version) == 0) {
            throw new StaleVersionException("responsibility_centre_function", functionId);
        }
        audit.action(actor, ENTITY, centreId, "function removed", Map.of("process", before.processName()));
    }

    private void check(Actor actor, CentreForms.Centre form, Long exceptId) {
        centres.findByName(actor.organizationId(), form.getName()).filter(c -> exceptId == null || c.id() != exceptId)
                .ifPresent(c -> {
                    throw new InvalidInputException("name", "process.centre.error.nameTaken", form.getName());
                });
        if (form.getUnitId() != null) {
            try {
                units.get(actor, form.getUnitId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("unitId", "process.error.unitUnknown");
            }
        }
        if (form.getHeadPositionId() != null) {
            try {
                positions.get(actor, form.getHeadPositionId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("headPositionId", "process.error.positionUnknown");
            }
        }
    }
}
