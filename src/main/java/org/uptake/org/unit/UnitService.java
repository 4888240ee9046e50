package org.uptake.org.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The unit tree: everyone signed in reads it; admins shape it. Moves carry the subtree; cycles are refused. */
@Service
public class UnitService {

    static final String ENTITY = "unit";

    private final UnitRepository units;
    private final UnitHeads heads;
    private final AuditLog audit;

    UnitService(UnitRepository units, UnitHeads heads, AuditLog audit) {
        this.units = units;
        this.heads = heads;
        this.audit = audit;
    }

    /** The whole tree with head counts rolled up from leaves to roots. */
    public List<UnitNode> tree(Actor actor) {
        return build(units.treeRows(actor.organizationId(), "/"));
    }

    /** One unit with its whole subtree and rolled-up head counts, so a page can unfold the tree branch by branch. */
    public UnitNode branch(Actor actor, long id) {
        return build(units.treeRows(actor.organizationId(), get(actor, id).path())).getFirst();
    }

    private static List<UnitNode> build(List<UnitRepository.TreeRow> rows) {
        Map<Long, UnitNode> byId = new HashMap<>();
        List<UnitNode> roots = new java.util.ArrayList<>();
        for (UnitRepository.TreeRow r : rows) {
            UnitNode node = new UnitNode(r.id(), r.code(), r.name(), r.unitType(), r.depth(), r.headName(), r.people());
            byId.put(r.id(), node);
            UnitNode parent = r.parentId() == null ? null : byId.get(r.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.add(node);
            }
        }
        roots.forEach(UnitNode::rollUp);
        return roots;
    }

    public Slice<UnitRow> list(Actor actor, PageRequest request) {
        return Slice.of(units.page(actor.organizationId(), request), request.size(),
                r -> new Cursor(r.name().toLowerCase(java.util.Locale.ROOT), r.id()));
    }

    public List<UnitRow> children(Actor actor, long id) {
        return units.children(actor.organizationId(), id);
    }

    public Unit get(Actor actor, long id) {
        return units.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public UnitView view(Actor actor, long id) {
        return units.view(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The unit's name, or empty when the id is not a unit of this organisation (a form re-shown with a bad id). */
    public Optional<String> nameOf(Actor actor, long id) {
        return units.find(actor.organizationId(), id).map(Unit::name);
    }

    /** The unit types already used in the organisation, offered as suggestions when typing a new one. */
    public List<String> types(Actor actor) {
        return units.types(actor.organizationId());
    }

    /** Only admins shape the tree; pages ask before showing a form the actor could not submit. */
    public void requireEditor(Actor actor) {
        actor.require("change units", Role.ADMIN);
    }

    public Optional<Unit> findByCode(Actor actor, String code) {
        return units.findByCode(actor.organizationId(), code);
    }

    public List<Unit> all(Actor actor) {
        return units.all(actor.organizationId());
    }

    /** The units the actor heads or acts for, with head counts, for their home page. */
    public List<HeadedUnit> headedBy(Actor actor) {
        return actor.personId() == null ? List.of() : units.headedBy(actor.organizationId(), actor.personId());
    }

    /** The people an actor may see, by unit: everything for admins, coordinators and viewers; own subtrees for heads. */
    public UnitScope scopeOf(Actor actor) {
        if (actor.readsWholeOrganization()) {
            return UnitScope.ALL;
        }
        if (actor.has(Role.UNIT_HEAD) && actor.personId() != null) {
            return new UnitScope(false, units.headedPaths(actor.organizationId(), actor.personId()));
        }
        return UnitScope.NONE;
    }

    @Transactional
    public Unit create(Actor actor, UnitForm form) {
        requireEditor(actor);
        requireUniqueCode(actor, form.getCode(), null);
        heads.requireEligible(actor, form);
        String parentPath = "/";
        int depth = 0;
        if (form.getParentId() != null) {
            Unit parent = units.find(actor.organizationId(), form.getParentId())
                    .orElseThrow(() -> new InvalidInputException("parentId", "unit.error.parentUnknown"));
            parentPath = parent.path();
            depth = parent.depth() + 1;
        }
        long id = units.insert(actor.organizationId(), form, parentPath, depth);
        Unit created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /** Saves name, code, type and heads; a changed parent moves the unit with its subtree. */
    @Transactional
    public Unit update(Actor actor, long id, UnitForm form) {
        requireEditor(actor);
        Unit before = get(actor, id);
        requireUniqueCode(actor, form.getCode(), id);
        heads.requireEligible(actor, form);
        if (units.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (!java.util.Objects.equals(before.parentId(), form.getParentId())) {
            relocate(actor, get(actor, id), form.getParentId());
        }
        Unit after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public Unit move(Actor actor, long id, Long newParentId, int version) {
        requireEditor(actor);
        Unit before = get(actor, id);
        if (units.bumpVersion(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        relocate(actor, before, newParentId);
        Unit after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    private void relocate(Actor actor, Unit unit, Long newParentId) {
        String newPath;
        int newDepth;
        if (newParentId == null) {
            newPath = "/" + unit.id() + "/";
            newDepth = 0;
        } else {
            Unit parent = units.find(actor.organizationId(), newParentId)
                    .orElseThrow(() -> new InvalidInputException("parentId", "unit.error.parentUnknown"));
            if (unit.contains(parent)) {
                throw new InvalidInputException("parentId", "unit.error.cycle");
            }
            newPath = parent.path() + unit.id() + "/";
            newDepth = parent.depth() + 1;
        }
        units.move(actor.organizationId(), unit, newParentId, newPath, newDepth - unit.depth());
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        requireEditor(actor);
        Unit before = get(actor, id);
        if (units.hasChildren(id)) {
            throw new InvalidInputException(null, "unit.error.hasChildren");
        }
        if (units.hasPeople(id)) {
            throw new InvalidInputException(null, "unit.error.hasPeople");
        }
        if (units.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    private void requireUniqueCode(Actor actor, String code, Long exceptId) {
        units.findByCode(actor.organizationId(), code)
                .filter(u -> exceptId == null || u.id() != exceptId)
                .ifPresent(u -> {
                    throw new InvalidInputException("code", "error.codeTaken", code);
                });
    }
}
