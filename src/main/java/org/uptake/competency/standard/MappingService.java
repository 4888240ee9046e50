package org.uptake.competency.standard;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionForm;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Positions mapped to labour functions of standards (seed 002 part E, sub-stages 1–7): the
 * functional analysis, whether the standard is mandatory and why, the compliance matrix and the
 * alignment of a title where a mandatory standard requires it.
 */
@Service
public class MappingService {

    static final String ENTITY = "position_standard";

    private final MappingRepository mappings;
    private final StandardService standards;
    private final PositionService positions;
    private final AuditLog audit;

    MappingService(MappingRepository mappings, StandardService standards, PositionService positions, AuditLog audit) {
        this.mappings = mappings;
        this.standards = standards;
        this.positions = positions;
        this.audit = audit;
    }

    public Mapping get(Actor actor, long id) {
        return mappings.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<Mapping> forStandard(Actor actor, long standardId) {
        standards.get(actor, standardId);
        return mappings.forStandard(actor.organizationId(), standardId);
    }

    public List<Mapping> forPosition(Actor actor, long positionId) {
        positions.get(actor, positionId);
        return mappings.forPosition(actor.organizationId(), positionId);
    }

    @Transactional
    public Mapping map(Actor actor, long standardId, MappingForm form) {
        standards.requireEditor(actor);
        standards.get(actor, standardId);
        positions.get(actor, form.getPositionId());
        if (mappings.exists(actor.organizationId(), form.getPositionId(), standardId)) {
            throw new InvalidInputException("positionId", "standards.error.mappedAlready");
        }
        long id = mappings.insert(actor.organizationId(), standardId, form, checked(actor, standardId, form));
        Mapping created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Mapping update(Actor actor, long id, MappingForm form) {
        standards.requireEditor(actor);
        Mapping before = get(actor, id);
        form.setPositionId(before.positionId());
        if (mappings.update(actor.organizationId(), id, form, checked(actor, before.standardId(), form)) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Mapping after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        standards.requireEditor(actor);
        Mapping before = get(actor, id);
        if (mappings.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** The labour functions chosen, all of this standard; a mandatory standard needs its reason. */
    private List<Long> checked(Actor actor, long standardId, MappingForm form) {
        List<Long> ids = standards.labourFunctions(actor, standardId, form.getFunctionIds());
        if (ids.isEmpty() || ids.size() != form.getFunctionIds().stream().distinct().count()) {
            throw new InvalidInputException("functionIds", "standards.error.functions");
        }
        if (form.isMandatory() && form.getMandatoryReason() == null) {
            throw new InvalidInputException("mandatoryReason", "standards.error.reason");
        }
        if (form.isMandatory() && form.getMandatoryReason() == MandatoryReason.LAW && form.getLegalBasis() == null) {
            throw new InvalidInputException("legalBasis", "standards.error.legalBasis");
        }
        return ids;
    }

    public boolean mayReadCompliance(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public List<ComplianceRow> compliance(Actor actor) {
        actor.require("read the compliance matrix", Role.ADMIN, Role.COORDINATOR);
        return mappings.compliance(actor.organizationId());
    }

    public List<TitleChange> titleChanges(Actor actor, long positionId) {
        positions.get(actor, positionId);
        return mappings.titleChanges(actor.organizationId(), positionId);
    }

    /**
     * Renames the position to a title the standard names, where the standard is mandatory (a
     * recommended one leaves the title free), and lists the personnel documents to amend.
     */
    @Transactional
    public TitleChange alignTitle(Actor actor, long id, String newTitle, int positionVersion) {
        actor.require("rename a position", Role.ADMIN);
        Mapping m = get(actor, id);
        if (!m.mandatory()) {
            throw new InvalidInputException("title", "standards.error.notMandatory");
        }
        String title = newTitle == null ? "" : newTitle.strip();
        if (m.standardTitles().stream().noneMatch(t -> t.equalsIgnoreCase(title))) {
            throw new InvalidInputException("title", "standards.error.titleNotInStandard", m.standardCode());
        }
        Position before = positions.get(actor, m.positionId());
        PositionForm form = PositionForm.of(before);
        form.setTitle(title);
        form.setVersion(positionVersion);
        positions.update(actor, before.id(), form);
        String json = "[" + String.join(",", TitleChange.DOCUMENTS.stream().map(d -> "\"" + d + "\"").toList()) + "]";
        mappings.insertTitleChange(actor.organizationId(), before.id(), before.title(), title, json, actor.displayName());
        audit.action(actor, ENTITY, id, "title aligned", Map.of("from", before.title(), "to", title,
                "documents", String.join(", ", TitleChange.DOCUMENTS)));
        return mappings.titleChanges(actor.organizationId(), before.id()).getFirst();
    }

    public List<org.uptake.shared.audit.AuditEntry> history(Actor actor, long id) {
        get(actor, id);
        return audit.history(actor.organizationId(), ENTITY, id, 50);
    }
}
