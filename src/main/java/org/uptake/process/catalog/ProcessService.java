package org.uptake.process.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.position.PositionService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * The process catalog: a tree of levels 1-3. Everyone in the organisation reads it; admins and
 * coordinators shape the tree; they and the process's owners edit its fields. Cycles and a fourth
 * level are refused with nothing changed.
 */
@Service
public class ProcessService {

    public static final String ENTITY = "process";

    private final ProcessRepository processes;
    private final ProcessEditors editors;
    private final PositionService positions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProcessService(ProcessRepository processes, ProcessEditors editors, PositionService positions, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.processes = processes;
        this.editors = editors;
        this.positions = positions;
        this.audit = audit;
        this.events = events;
    }

    public Process get(Actor actor, long id) {
        return processes.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public ProcessView view(Actor actor, long id) {
        return processes.view(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Process> findByCode(Actor actor, String code) {
        return processes.findByCode(actor.organizationId(), code);
    }

    /** The name of a process of this organisation, or empty (a form re-shown with a bad id). */
    public Optional<String> nameOf(Actor actor, long id) {
        return processes.find(actor.organizationId(), id).map(Process::name);
    }

    /** Above this many processes of levels 1-2 the catalog page opens with level 1 only. */
    static final int TREE_OPEN_LIMIT = 120;

    /**
     * Levels 1 and 2 with how many sub-processes each has; deeper levels come branch by branch. A large
     * catalog (hundreds of level-2 processes) opens with level 1 only, so the page costs the same however big it grows.
     */
    public List<ProcessNode> tree(Actor actor) {
        int depth = processes.countUpToLevel(actor.organizationId(), 2) > TREE_OPEN_LIMIT ? 1 : 2;
        return build(processes.treeRows(actor.organizationId(), "/", depth));
    }

    /** The whole tree down to level 3. */
    public List<ProcessNode> fullTree(Actor actor) {
        return build(processes.treeRows(actor.organizationId(), "/", Process.MAX_LEVEL));
    }

    /** One process with its sub-processes (one level down, each with how many it has in turn). */
    public ProcessNode branch(Actor actor, long id) {
        Process process = get(actor, id);
        return build(processes.treeRows(actor.organizationId(), process.path(), process.level() + 1)).getFirst();
    }

    private static List<ProcessNode> build(List<ProcessRepository.TreeRow> rows) {
        Map<Long, ProcessNode> byId = new HashMap<>();
        List<ProcessNode> roots = new ArrayList<>();
        for (ProcessRepository.TreeRow r : rows) {
            var node = new ProcessNode(r.id(), r.code(), r.name(), r.level(), r.status(), r.completeness(),
                    r.provisionalExecutors(), r.ownerTitle(), r.children(), List.of());
            byId.put(r.id(), node);
            ProcessNode parent = r.parentId() == null ? null : byId.get(r.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.add(node);
            }
        }
        return roots;
    }

    public Slice<ProcessRow> list(Actor actor, ProcessFilter filter, PageRequest request) {
        return Slice.of(processes.page(actor.organizationId(), filter, request), request.size(),
                r -> new Cursor(r.name().toLowerCase(java.util.Locale.ROOT), r.id()));
    }

    /** The system-forming processes (strategic management, annual planning, order management…), in catalog order. */
    public List<Long> systemForming(Actor actor) {
        return processes.systemForming(actor.organizationId());
    }

    public List<ProcessRow> children(Actor actor, long id) {
        return processes.children(actor.organizationId(), id);
    }

    public List<ProcessRow> rows(Actor actor, java.util.Collection<Long> ids) {
        return processes.byIds(actor.organizationId(), ids);
    }

    /** Whether the actor may change this process's specification (admin, coordinator or owner). */
    public boolean mayEdit(Actor actor, Process process) {
        return editors.mayEdit(actor, process);
    }

    public boolean isOwner(Actor actor, Process process) {
        return editors.isOwner(actor, process);
    }

    /** The position through which the actor owns processes (the one they hold), or {@code null}. */
    public Long ownerPositionOf(Actor actor) {
        return editors.heldPosition(actor);
    }

    /** Whether the actor shapes the catalog: creates, moves and deletes processes. */
    public boolean mayShape(Actor actor) {
        return editors.isArchitect(actor);
    }

    public void requireArchitect(Actor actor) {
        editors.requireArchitect(actor);
    }

    /** Refuses unless the actor may edit the specification; returns the process for the caller's convenience. */
    public Process requireEditor(Actor actor, long id) {
        Process process = get(actor, id);
        editors.requireEditor(actor, process);
        return process;
    }

    @Transactional
    public Process create(Actor actor, ProcessForm form) {
        editors.requireArchitect(actor);
        requireUniqueCode(actor, form.getCode(), null);
        requireOwnerPosition(actor, form.getOwnerPositionId());
        String parentPath = "/";
        int level = 1;
        if (form.getParentId() != null) {
            Process parent = processes.find(actor.organizationId(), form.getParentId())
                    .orElseThrow(() -> new InvalidInputException("parentId", "process.error.parentUnknown"));
            if (parent.level() >= Process.MAX_LEVEL) {
                throw new InvalidInputException("parentId", "process.error.tooDeep", Process.MAX_LEVEL);
            }
            parentPath = parent.path();
            level = parent.level() + 1;
        }
        if (form.getSortOrder() == 0) {
            form.setSortOrder(processes.nextSortOrder(actor.organizationId(), form.getParentId()));
        }
        long id = processes.insert(actor.organizationId(), form, parentPath, level);
        events.publishEvent(new ProcessEvents.Edited(actor.organizationId(), id, true, java.util.Arrays.asList(form.getParentId())));
        Process created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    /** Saves the single-valued fields; the parent is changed only by {@link #move}. Owners may not hand the process away. */
    @Transactional
    public Process update(Actor actor, long id, ProcessForm form) {
        Process before = get(actor, id);
        editors.requireEditor(actor, before);
        if (!editors.isArchitect(actor) && !Objects.equals(before.ownerPositionId(), form.getOwnerPositionId())) {
            throw new ForbiddenException("change the owner of process " + id);
        }
        requireUniqueCode(actor, form.getCode(), id);
        requireOwnerPosition(actor, form.getOwnerPositionId());
        if (processes.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        events.publishEvent(new ProcessEvents.Edited(actor.organizationId(), id, true, List.of()));
        Process after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    /** Moves a process with its subtree; refuses cycles and anything that would reach level 4. */
    @Transactional
    public Process move(Actor actor, long id, Long newParentId, int version) {
        editors.requireArchitect(actor);
        Process before = get(actor, id);
        String newPath;
        int newLevel;
        if (newParentId == null) {
            newPath = "/" + id + "/";
            newLevel = 1;
        } else {
            Process parent = processes.find(actor.organizationId(), newParentId)
                    .orElseThrow(() -> new InvalidInputException("parentId", "process.error.parentUnknown"));
            if (before.contains(parent)) {
                throw new InvalidInputException("parentId", "process.error.cycle");
            }
            newPath = parent.path() + id + "/";
            newLevel = parent.level() + 1;
        }
        int delta = newLevel - before.level();
        if (processes.deepestLevel(actor.organizationId(), before.path()) + delta > Process.MAX_LEVEL) {
            throw new InvalidInputException("parentId", "process.error.tooDeep", Process.MAX_LEVEL);
        }
        if (processes.bumpVersion(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        processes.move(actor.organizationId(), before, newParentId, newPath, delta);
        events.publishEvent(new ProcessEvents.Edited(actor.organizationId(), id, false,
                java.util.Arrays.asList(before.parentId(), newParentId)));
        Process after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        editors.requireArchitect(actor);
        Process before = get(actor, id);
        if (processes.hasChildren(id)) {
            throw new InvalidInputException(null, "process.error.hasChildren");
        }
        if (processes.suppliesOthers(id)) {
            throw new InvalidInputException(null, "process.error.suppliesOthers");
        }
        if (before.version() != version) {
            throw new StaleVersionException(ENTITY, id);
        }
        events.publishEvent(new ProcessEvents.Deleting(actor.organizationId(), id, before.parentId()));
        if (processes.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
        events.publishEvent(new ProcessEvents.Deleted(actor.organizationId(), id, before.parentId()));
    }

    private void requireOwnerPosition(Actor actor, Long positionId) {
        if (positionId != null) {
            try {
                positions.get(actor, positionId);
            } catch (NotFoundException e) {
                throw new InvalidInputException("ownerPositionId", "process.error.positionUnknown");
            }
        }
    }

    private void requireUniqueCode(Actor actor, String code, Long exceptId) {
        if (code == null) {
            return;
        }
        processes.findByCode(actor.organizationId(), code)
                .filter(p -> exceptId == null || p.id() != exceptId)
                .ifPresent(p -> {
                    throw new InvalidInputException("code", "error.codeTaken", code);
                });
    }
}
