package org.uptake.procurement.requirement;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.program.ProgramService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** The inventory of existing systems of a program: names unique per program, keep or replace, an owner. */
@Service
public class SystemService {

    public static final String ENTITY = "existing_system";

    private final ProgramService programs;
    private final RequirementService requirements;
    private final SystemRepository systems;
    private final AuditLog audit;

    SystemService(ProgramService programs, RequirementService requirements, SystemRepository systems, AuditLog audit) {
        this.programs = programs;
        this.requirements = requirements;
        this.systems = systems;
        this.audit = audit;
    }

    public Slice<ExistingSystem> list(Actor actor, long programId, PageRequest request) {
        programs.requireReader(actor, programId);
        Cursor after = request.cursor();
        return Slice.of(systems.page(actor.organizationId(), programId, after == null ? 0 : after.id(), request.size() + 1),
                request.size(), s -> new Cursor("", s.id()));
    }

    public ExistingSystem get(Actor actor, long programId, long id) {
        programs.requireReader(actor, programId);
        return find(actor, programId, id);
    }

    private ExistingSystem find(Actor actor, long programId, long id) {
        return systems.find(actor.organizationId(), programId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public ExistingSystem create(Actor actor, long programId, SystemForm form) {
        requirements.editable(actor, programId);
        check(actor, programId, form, null);
        long id = systems.insert(actor.organizationId(), programId, form);
        ExistingSystem created = find(actor, programId, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public ExistingSystem update(Actor actor, long programId, long id, SystemForm form) {
        requirements.editable(actor, programId);
        ExistingSystem before = find(actor, programId, id);
        check(actor, programId, form, id);
        if (systems.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        ExistingSystem after = find(actor, programId, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long id, int version) {
        requirements.editable(actor, programId);
        ExistingSystem before = find(actor, programId, id);
        if (systems.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void check(Actor actor, long programId, SystemForm f, Long id) {
        if (systems.nameTaken(actor.organizationId(), programId, f.name(), id)) {
            throw new InvalidInputException("name", "procurement.error.systemTaken", f.name());
        }
        if (f.ownerPersonId() != null && !requirements.personExists(actor, f.ownerPersonId())) {
            throw new InvalidInputException("ownerPersonId", "procurement.error.person");
        }
    }

    /** Every system of the program, for the export and the tab (a program's inventory is short). */
    public List<ExistingSystem> all(Actor actor, long programId) {
        return list(actor, programId, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
}
