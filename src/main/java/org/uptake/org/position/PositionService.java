package org.uptake.org.position;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/** Positions: organisation-wide job titles. Everyone signed in reads them; admins change them. */
@Service
public class PositionService {

    static final String ENTITY = "position";

    private final PositionRepository positions;
    private final AuditLog audit;

    PositionService(PositionRepository positions, AuditLog audit) {
        this.positions = positions;
        this.audit = audit;
    }

    public Slice<PositionRow> list(Actor actor, PageRequest request) {
        return Slice.of(positions.page(actor.organizationId(), request), request.size(),
                row -> new Cursor(row.title().toLowerCase(java.util.Locale.ROOT), row.id()));
    }

    public List<Position> all(Actor actor) {
        return positions.all(actor.organizationId());
    }

    public Position get(Actor actor, long id) {
        return positions.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public java.util.Optional<Position> findByCode(Actor actor, String code) {
        return positions.findByCode(actor.organizationId(), code);
    }

    @Transactional
    public Position create(Actor actor, PositionForm form) {
        actor.require("create position", Role.ADMIN);
        requireUniqueCode(actor, form.getCode(), null);
        long id = positions.insert(actor.organizationId(), form);
        Position created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Position update(Actor actor, long id, PositionForm form) {
        actor.require("edit position", Role.ADMIN);
        Position before = get(actor, id);
        requireUniqueCode(actor, form.getCode(), id);
        if (positions.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Position after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        actor.require("delete position", Role.ADMIN);
        Position before = get(actor, id);
        if (positions.isHeld(id)) {
            throw new InvalidInputException(null, "position.error.held");
        }
        if (positions.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void requireUniqueCode(Actor actor, String code, Long exceptId) {
        positions.findByCode(actor.organizationId(), code)
                .filter(p -> exceptId == null || p.id() != exceptId)
                .ifPresent(p -> {
                    throw new InvalidInputException("code", "error.codeTaken", code);
                });
    }
}
