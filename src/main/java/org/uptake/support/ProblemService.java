package org.uptake.support;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.unit.UnitScope;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.uptake.support.sla.SlaService;

/**
 * The problem log's API: report, read, list, triage. Everyone signed in reports; admins, coordinators
 * and viewers read every problem, unit heads those of their units' subtrees, everyone those they
 * reported or own. Coordinators and admins triage; the owner works the problem (see {@link ProblemWorkflow}).
 */
@Service
public class ProblemService {

    public static final String ENTITY = "problem";

    private final ProblemRepository problems;
    private final ProblemListRepository lists;
    private final UnitService units;
    private final SlaService sla;
    private final ProblemLinks links;
    private final ProblemMail mail;
    private final AuditLog audit;

    ProblemService(ProblemRepository problems, ProblemListRepository lists, UnitService units, SlaService sla,
                   ProblemLinks links, ProblemMail mail, AuditLog audit) {
        this.problems = problems;
        this.lists = lists;
        this.units = units;
        this.sla = sla;
        this.links = links;
        this.mail = mail;
        this.audit = audit;
    }

    @Transactional
    public Problem report(Actor actor, ProblemForm form) {
        if (form.getUnitId() == null && actor.personId() != null) {
            form.setUnitId(problems.unitOfPerson(actor.organizationId(), actor.personId()).orElse(null));
        }
        requireValid(actor, form);
        if (form.getProgramId() != null) {
            links.requireOpenProgram(actor, form.getProgramId());
        } else if (form.getUnitId() != null) {
            form.setProgramId(problems.programCovering(actor.organizationId(), form.getUnitId()).orElse(null));
        }
        int hours = sla.hours(actor.organizationId(), form.getProgramId(), form.getSeverity());
        long id = problems.insert(new ProblemRepository.NewProblem(actor.organizationId(), form.getProgramId(), form,
                actor.personId(), actor.displayName(), hours, actor.userId()));
        Problem created = find(actor, id);
        audit.created(actor, ENTITY, id, created);
        return withRevisionTask(actor, created);
    }

    /**
     * A problem another module's check reports (no person reports it): opened unless one from the same
     * source is still open, so a daily check repeating itself never piles up duplicates.
     */
    @Transactional
    public java.util.Optional<Problem> reportFromSource(Actor system, ProblemForm form, String sourceKey, String reporterName) {
        int hours = sla.hours(system.organizationId(), form.getProgramId(), form.getSeverity());
        return problems.insertUnlessOpen(new ProblemRepository.NewProblem(system.organizationId(), form.getProgramId(), form,
                null, reporterName, hours, 0), sourceKey).map(id -> {
                    Problem created = find(system, id);
                    audit.created(system, ENTITY, id, created);
                    return created;
                });
    }

    private void requireValid(Actor actor, ProblemForm form) {
        if (form.getUnitId() != null && !problems.unitExists(actor.organizationId(), form.getUnitId())) {
            throw new InvalidInputException("unitId", "support.error.unitUnknown");
        }
        if (form.getType() == ProblemType.TRAINING_MATERIAL
                && (form.getMaterialName() == null || form.getMaterialVersion() == null)) {
            throw new InvalidInputException(form.getMaterialName() == null ? "materialName" : "materialVersion",
                    "support.error.materialRequired");
        }
    }

    /** A training-material problem of a program gets its revision task once; the problem remembers it. */
    private Problem withRevisionTask(Actor actor, Problem p) {
        return links.revisionTask(actor.organizationId(), p).map(task -> {
            problems.setRevisionTask(actor.organizationId(), p.id(), task.id());
            audit.action(actor, ENTITY, p.id(), "revisionTask", java.util.Map.of("task", task.id(), "title", task.title()));
            return find(actor, p.id());
        }).orElse(p);
    }

    public Problem get(Actor actor, long id) {
        Problem p = find(actor, id);
        if (!mayRead(actor, p)) {
            throw new ForbiddenException("read problem");
        }
        return p;
    }

    public ProblemView view(Actor actor, long id) {
        Problem p = get(actor, id);
        long org = actor.organizationId();
        return new ProblemView(p, triages(actor), handles(actor, p), isReporter(actor, p), problems.notes(org, id),
                problems.attachments(org, id), problems.duplicatesOf(org, id));
    }

    public Slice<ProblemRow> list(Actor actor, ProblemFilter filter, PageRequest request) {
        return Slice.of(select(actor, filter, request, request.size() + 1), request.size(), r -> new Cursor("", r.id()));
    }

    /** What {@link #list} selects, all pages at once up to {@code limit} rows, newest first: for the export. */
    public List<ProblemRow> export(Actor actor, ProblemFilter filter, String search, int limit) {
        return select(actor, filter, new PageRequest(search, null, 1), limit);
    }

    private List<ProblemRow> select(Actor actor, ProblemFilter filter, PageRequest request, int limit) {
        UnitScope scope = units.scopeOf(actor);
        Long visibleTo = scope.wholeOrganization() ? null : actor.personId() == null ? -1L : actor.personId();
        String unitPath = filter.unitId() == null ? null
                : problems.unitPath(actor.organizationId(), filter.unitId()).orElse("/none/");
        return lists.rows(actor.organizationId(), filter, request, limit, visibleTo, scope.pathPrefixes(), actor.personId(), unitPath);
    }

    /** The problems the actor reported or owns, newest first, for the home page. */
    public List<ProblemRow> mine(Actor actor, int limit) {
        return actor.personId() == null ? List.of() : problems.ofPerson(actor.organizationId(), actor.personId(), limit);
    }

    /** For a unit head: how many problems are open in the units they head and below; null for anyone else. */
    public Long openInHeadedUnits(Actor actor) {
        if (!actor.has(Role.UNIT_HEAD)) {
            return null;
        }
        return lists.countOpenUnder(actor.organizationId(), units.scopeOf(actor).pathPrefixes());
    }

    @Transactional
    public Problem triage(Actor actor, long id, TriageForm form) {
        requireTriager(actor);
        Problem before = find(actor, id);
        if (!before.open() && before.status() != ProblemStatus.RESOLVED) {
            throw new InvalidInputException(null, "support.error.finished");
        }
        requireValid(actor, form);
        if (form.getProgramId() != null && !Objects.equals(form.getProgramId(), before.programId())) {
            links.requireOpenProgram(actor, form.getProgramId());
        }
        if (form.getOwnerPersonId() != null && !problems.personExists(actor.organizationId(), form.getOwnerPersonId())) {
            throw new InvalidInputException("ownerPersonId", "support.error.ownerUnknown");
        }
        links.requireLinks(actor, form);
        int hours = sla.hours(actor.organizationId(), form.getProgramId(), form.getSeverity());
        if (problems.triage(actor.organizationId(), id, form, hours) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        Problem after = find(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        if (after.ownerPersonId() != null && !Objects.equals(after.ownerPersonId(), before.ownerPersonId())) {
            mail.assigned(actor.organizationId(), after);
        }
        return withRevisionTask(actor, after);
    }

    public boolean triages(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public void requireTriager(Actor actor) {
        actor.require("triage problems", Role.ADMIN, Role.COORDINATOR);
    }

    boolean handles(Actor actor, Problem p) {
        return triages(actor) || (actor.personId() != null && Objects.equals(actor.personId(), p.ownerPersonId()));
    }

    static boolean isReporter(Actor actor, Problem p) {
        return actor.personId() != null && Objects.equals(actor.personId(), p.reporterPersonId());
    }

    boolean mayRead(Actor actor, Problem p) {
        if (actor.readsWholeOrganization() || isReporter(actor, p) || handles(actor, p)) {
            return true;
        }
        if (p.unitId() == null) {
            return false;
        }
        UnitScope scope = units.scopeOf(actor);
        return !scope.isEmpty() && problems.unitPath(actor.organizationId(), p.unitId()).map(scope::covers).orElse(false);
    }

    Problem find(Actor actor, long id) {
        return problems.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
