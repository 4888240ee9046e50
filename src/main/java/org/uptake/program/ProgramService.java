package org.uptake.program;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Languages;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

/**
 * Programs and who may do what in them; the module's API for every capability that works inside a
 * program (rollout, training, support, measures, reports): find a program with the access check,
 * ask for the actor's program roles, list the program page's tabs.
 */
@Service
public class ProgramService {

    public static final String ENTITY = "program";
    private static final Set<ProgramRole> EDITORS = Set.of(ProgramRole.COORDINATOR, ProgramRole.DEPUTY);
    private static final Set<ProgramRole> ACCEPTORS = Set.of(ProgramRole.COORDINATOR, ProgramRole.SPONSOR);

    private final ProgramRepository programs;
    private final ProgramTeamRepository team;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<ProgramTab> tabs;

    ProgramService(ProgramRepository programs, ProgramTeamRepository team, AuditLog audit,
                   ApplicationEventPublisher events, List<ProgramTab> tabs) {
        this.programs = programs;
        this.team = team;
        this.audit = audit;
        this.events = events;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(ProgramTab::order)).toList();
    }

    /** What the actor may do in the program; another organisation's program is not found. */
    public ProgramAccess access(Actor actor, long programId) {
        Program program = programs.find(actor.organizationId(), programId)
                .orElseThrow(() -> new NotFoundException(ENTITY, programId));
        Set<ProgramRole> roles = actor.personId() == null ? Set.of() : team.rolesOf(programId, actor.personId());
        boolean reads = actor.readsWholeOrganization() || !roles.isEmpty();
        boolean edits = actor.isAdmin() || roles.stream().anyMatch(EDITORS::contains);
        boolean accepts = actor.isAdmin() || roles.stream().anyMatch(ACCEPTORS::contains);
        return new ProgramAccess(program, roles, reads, edits, accepts);
    }

    /** The program if the actor may read it (team members, whole-organisation readers); 403 otherwise. */
    public Program find(Actor actor, long programId) {
        return requireReader(actor, programId).program();
    }

    public ProgramAccess requireReader(Actor actor, long programId) {
        ProgramAccess access = access(actor, programId);
        if (!access.reads()) {
            throw new ForbiddenException("read program");
        }
        return access;
    }

    public ProgramAccess requireEditor(Actor actor, long programId) {
        ProgramAccess access = access(actor, programId);
        if (!access.edits()) {
            throw new ForbiddenException("edit program");
        }
        return access;
    }

    public boolean isMember(Actor actor, long programId) {
        return actor.personId() != null && !team.rolesOf(programId, actor.personId()).isEmpty();
    }

    /** Whether the actor holds any of the roles in the program's team. */
    public boolean hasRole(Actor actor, long programId, ProgramRole... roles) {
        if (actor.personId() == null) {
            return false;
        }
        Set<ProgramRole> held = team.rolesOf(programId, actor.personId());
        for (ProgramRole r : roles) {
            if (held.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Organisation admins and coordinators start programs. */
    public boolean mayCreate(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public void requireCreator(Actor actor) {
        actor.require("create programs", Role.ADMIN, Role.COORDINATOR);
    }

    public Slice<ProgramRow> list(Actor actor, ProgramStatus status, PageRequest request) {
        Long member = actor.readsWholeOrganization() ? null : actor.personId() == null ? -1L : actor.personId();
        return Slice.of(programs.page(actor.organizationId(), member, status == null ? null : status.name(), request),
                request.size(), r -> new Cursor(r.name().toLowerCase(java.util.Locale.ROOT), r.id()));
    }

    /** The programs the actor coordinates or deputises in (the coordinator's home panel). */
    public List<ProgramRow> runBy(Actor actor) {
        if (actor.personId() == null) {
            return List.of();
        }
        return programs.page(actor.organizationId(), actor.personId(), null, PageRequest.first(20)).stream()
                .filter(r -> hasRole(actor, r.id(), ProgramRole.COORDINATOR, ProgramRole.DEPUTY)).toList();
    }

    /**
     * A newer version of the program's playbook, if one was published since the program was created. The
     * program keeps its version (the plan never changes by itself); its page says that a newer one exists.
     */
    public java.util.Optional<Integer> newerPlaybookVersion(Actor actor, long programId) {
        requireReader(actor, programId);
        return programs.newerPlaybookVersion(actor.organizationId(), programId);
    }

    /** The tabs of the program page the actor sees. */
    public List<ProgramTabLink> tabs(ProgramAccess access) {
        return tabs.stream().filter(t -> t.visibleTo(access))
                .map(t -> new ProgramTabLink(t.key(), t.messageKey(), t.path(access.programId()))).toList();
    }

    /** Stores a new program with its team, scope and goals; the setup from a playbook calls it inside its transaction. */
    @Transactional
    public Program register(Actor actor, ProgramDraft draft) {
        requireCreator(actor);
        String language = Languages.isSupported(draft.language()) ? draft.language() : "en";
        long id = programs.insert(new ProgramRepository.NewProgram(actor.organizationId(), draft.name(), draft.subject(),
                draft.description(), draft.strategy(), draft.objective(), draft.startDate(), language, draft.playbookId(),
                draft.playbookVersionId(), draft.playbookVersionNumber(), actor.userId()));
        team.replaceUnits(actor.organizationId(), id, draft.unitIds());
        draft.team().forEach(seat -> team.addMember(actor.organizationId(), id, seat.personId(), seat.role()));
        draft.goals().forEach(g -> team.addGoal(actor.organizationId(), id, g.statement(), g.internalCustomerPersonId()));
        Program created = programs.find(actor.organizationId(), id).orElseThrow();
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public Program update(Actor actor, long programId, ProgramForm form) {
        Program before = requireEditor(actor, programId).program();
        if (before.status() == ProgramStatus.CLOSED) {
            throw new InvalidInputException(null, "program.error.closed");
        }
        if (before.objectiveFrozen() && !Objects.equals(before.objective(), form.getObjective())) {
            throw new InvalidInputException("objective", "program.error.objectiveFrozen");
        }
        if (programs.update(actor.organizationId(), programId, form, before.objectiveFrozen()) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        Program after = programs.find(actor.organizationId(), programId).orElseThrow();
        audit.updated(actor, ENTITY, programId, before, after);
        if (!before.startDate().equals(after.startDate())) {
            events.publishEvent(new ProgramStartMoved(actor, programId, before.startDate(), after.startDate()));
        }
        return after;
    }

    /** Moves the program to its next lifecycle status; leaving preparation freezes the original objective. */
    @Transactional
    public Program advance(Actor actor, long programId, int version) {
        Program before = requireEditor(actor, programId).program();
        ProgramStatus next = before.status().next();
        if (next == null) {
            throw new InvalidInputException("status", "program.error.closed");
        }
        boolean freeze = before.status() == ProgramStatus.PREPARATION;
        if (programs.moveStatus(actor.organizationId(), programId, version, before.status(), next, freeze) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        audit.action(actor, ENTITY, programId, "status", Map.of("status", List.of(before.status().name(), next.name())));
        if (freeze) {
            audit.action(actor, ENTITY, programId, "objectiveFrozen", Map.of("originalObjective",
                    before.objective() == null ? "" : before.objective()));
        }
        return programs.find(actor.organizationId(), programId).orElseThrow();
    }

    /** Changes a frozen objective: the original stays, the change is kept with its reason. */
    @Transactional
    public Program reviseObjective(Actor actor, long programId, String objective, String reason, int version) {
        Program before = requireEditor(actor, programId).program();
        if (!before.objectiveFrozen()) {
            throw new InvalidInputException("objective", "program.error.objectiveNotFrozen");
        }
        if (objective == null || objective.isBlank() || objective.length() > 4000) {
            throw new InvalidInputException("objective", "program.error.objectiveRequired");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "program.error.reasonRequired");
        }
        if (programs.changeObjective(actor.organizationId(), programId, version, objective.strip()) == 0) {
            throw new StaleVersionException(ENTITY, programId);
        }
        programs.addRevision(actor.organizationId(), programId, objective.strip(), reason.strip(), actor.userId(),
                actor.displayName());
        audit.action(actor, ENTITY, programId, "objectiveRevised",
                Map.of("objective", List.of(before.objective() == null ? "" : before.objective(), objective.strip()),
                        "reason", reason.strip()));
        return programs.find(actor.organizationId(), programId).orElseThrow();
    }

    public List<ObjectiveRevision> revisions(Actor actor, long programId) {
        requireReader(actor, programId);
        return programs.revisions(actor.organizationId(), programId);
    }
}
