package org.uptake.competency.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.competency.plan.PlanItemDraft;
import org.uptake.competency.plan.PlanSource;
import org.uptake.competency.plan.TrainingPlanService;
import org.uptake.org.position.Position;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.spec.ExecutorSpecification;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job duties of a position, generated from every specification where it is an executor. Everyone
 * in the organisation reads them; admins, coordinators and the process's owners refine the
 * functions; admins and coordinators issue a revision for sign-off — refused while a process of the
 * position still has a provisional executor, because who does what there is not settled yet.
 */
@Service
public class DutyService {

    public static final String SUBJECT = "competency.duties";
    static final String ENTITY = "job_duties";

    private final DutyRepository duties;
    private final SpecificationService specs;
    private final ProcessService processes;
    private final PositionService positions;
    private final SignOffService signOffs;
    private final TrainingPlanService plans;
    private final AuditLog audit;
    private final JsonMapper json;
    private final org.uptake.competency.plan.PersonalAccess people;

    DutyService(DutyRepository duties, SpecificationService specs, ProcessService processes, PositionService positions,
                SignOffService signOffs, TrainingPlanService plans, AuditLog audit, JsonMapper json,
                org.uptake.competency.plan.PersonalAccess people) {
        this.people = people;
        this.duties = duties;
        this.specs = specs;
        this.processes = processes;
        this.positions = positions;
        this.signOffs = signOffs;
        this.plans = plans;
        this.audit = audit;
        this.json = json;
    }

    /** The duties as the specifications say now; cost does not grow with the catalog, only with the position's processes. */
    public JobDuties duties(Actor actor, long positionId) {
        Position position = positions.get(actor, positionId);
        long org = actor.organizationId();
        var generated = DutyGeneration.generate(specs.forExecutor(actor, positionId), duties.functions(org, positionId),
                specs.provisionalRoles(actor));
        var record = duties.duties(org, positionId);
        DutyRevision latest = duties.revisions(org, positionId).stream().findFirst().orElse(null);
        return new JobDuties(positionId, position.title(), generated.rows(), generated.warnings(), generated.blockedBy(),
                latest, record.map(DutyRepository.Duties::version).orElse(0));
    }

    public boolean mayIssue(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    /** Admins, coordinators and the owners of the process refine what the position does in it. */
    public boolean mayEditFunctions(Actor actor, long processId) {
        return processes.mayEdit(actor, processes.get(actor, processId));
    }

    /** The processes whose functions the actor may refine, in one pass: architects all, owners those of their position. */
    public java.util.Set<Long> editableProcesses(Actor actor, JobDuties d) {
        if (actor.hasAny(Role.ADMIN, Role.COORDINATOR)) {
            return d.rows().stream().map(JobDuty::processId).collect(java.util.stream.Collectors.toSet());
        }
        if (actor.personId() == null || actor.has(Role.VIEWER) && actor.roles().size() == 1) {
            return java.util.Set.of();
        }
        Long mine = people.subject(actor, actor.personId())
                .filter(s -> !"LEFT".equals(s.employmentStatus()))
                .map(org.uptake.competency.plan.PersonalAccess.Subject::positionId).orElse(null);
        return d.rows().stream().filter(r -> mine != null && mine.equals(r.ownerPositionId()))
                .map(JobDuty::processId).collect(java.util.stream.Collectors.toSet());
    }

    public List<org.uptake.shared.audit.AuditEntry> history(Actor actor, long positionId) {
        return duties.duties(actor.organizationId(), positionId)
                .map(d -> audit.history(actor.organizationId(), ENTITY, d.id(), 50)).orElse(List.of());
    }

    @Transactional
    public JobDuty editFunctions(Actor actor, long positionId, long processId, FunctionsForm form) {
        positions.get(actor, positionId);
        Process process = processes.get(actor, processId);
        if (!processes.mayEdit(actor, process)) {
            throw new org.uptake.shared.error.ForbiddenException("edit the functions of process " + processId);
        }
        JobDuty before = row(actor, positionId, processId)
                .orElseThrow(() -> new InvalidInputException("processId", "duties.error.notExecutor", process.name()));
        int changed = before.functionsVersion() == null
                ? (form.getVersion() == 0 ? duties.insertFunctions(actor.organizationId(), positionId, processId, form.getFunctions()) : 0)
                : duties.updateFunctions(actor.organizationId(), positionId, processId, form.getFunctions(), form.getVersion());
        if (changed == 0) {
            throw new StaleVersionException("job_duty_function", processId);
        }
        JobDuty after = row(actor, positionId, processId).orElseThrow();
        long dutiesId = duties.ensureDuties(actor.organizationId(), positionId);
        audit.action(actor, ENTITY, dutiesId, "functions changed",
                Map.of("process", process.name(), "functions", List.of(before.functions(), after.functions())));
        return after;
    }

    private Optional<JobDuty> row(Actor actor, long positionId, long processId) {
        return duties(actor, positionId).rows().stream().filter(r -> r.processId() == processId).findFirst();
    }

    /**
     * Freezes the duties as generated now into a new revision and asks for its sign-off. Refused
     * with nothing changed while a process of the position has an unresolved provisional executor,
     * or when the position executes no process at all.
     */
    @Transactional
    public DutyRevision issue(Actor actor, long positionId, IssueForm form) {
        actor.require("issue job duties", Role.ADMIN, Role.COORDINATOR);
        JobDuties current = duties(actor, positionId);
        if (current.blocked()) {
            throw new InvalidInputException(current.blockedBy().stream()
                    .map(name -> Violation.of(null, "duties.error.provisional", name)).toList());
        }
        if (current.rows().isEmpty()) {
            throw new InvalidInputException(null, "duties.error.noProcesses", current.positionTitle());
        }
        List<Long> approvers = form.getApproverPersonIds().isEmpty()
                ? duties.ownerHolders(actor.organizationId(), current.rows().stream().map(JobDuty::processId).toList())
                : form.getApproverPersonIds();
        if (approvers.isEmpty()) {
            throw new InvalidInputException("approverPersonIds", "duties.error.noApprovers");
        }
        long dutiesId = duties.ensureDuties(actor.organizationId(), positionId);
        if (duties.bumpVersion(actor.organizationId(), dutiesId, form.getVersion()) == 0) {
            throw new StaleVersionException(ENTITY, positionId);
        }
        int revision = duties.nextRevision(dutiesId);
        long revisionId = duties.insertRevision(actor.organizationId(), dutiesId, positionId, revision,
                json.writeValueAsString(current.rows()), current.warnings().size(), actor.displayName());
        SignOff signOff = signOffs.request(actor, SignOffDraft.about(SUBJECT, revisionId,
                        current.positionTitle() + " — job duties, revision " + revision, "/positions/" + positionId + "/duties")
                .withStep(new SignOffDraft.Step("Process owners", approvers, ApprovalRule.ANY, null)));
        duties.attachSignOff(revisionId, signOff.id());
        audit.action(actor, ENTITY, dutiesId, "revision issued",
                Map.of("revision", revision, "processes", current.rows().size(), "warnings", current.warnings().size()));
        return duties.revisionById(actor.organizationId(), revisionId).orElseThrow();
    }

    public List<DutyRevision> revisions(Actor actor, long positionId) {
        positions.get(actor, positionId);
        return duties.revisions(actor.organizationId(), positionId);
    }

    /** An issued revision with the table exactly as it was signed. */
    public List<JobDuty> revisionRows(Actor actor, long positionId, int revision) {
        positions.get(actor, positionId);
        DutyRevision r = duties.revision(actor.organizationId(), positionId, revision)
                .orElseThrow(() -> new NotFoundException("job_duties_revision", revision));
        return rowsOf(r);
    }

    public DutyRevision revision(Actor actor, long positionId, int revision) {
        positions.get(actor, positionId);
        return duties.revision(actor.organizationId(), positionId, revision)
                .orElseThrow(() -> new NotFoundException("job_duties_revision", revision));
    }

    private List<JobDuty> rowsOf(DutyRevision r) {
        return json.readValue(duties.snapshot(r.id()), new TypeReference<List<JobDuty>>() { });
    }

    /** What changed since the latest approved (else issued) revision: processes added, removed, changed. */
    public DutyDiff diff(Actor actor, long positionId) {
        JobDuties now = duties(actor, positionId);
        Optional<DutyRevision> base = duties.baseline(actor.organizationId(), positionId);
        if (base.isEmpty()) {
            return new DutyDiff(null, List.of());
        }
        Map<Long, JobDuty> before = new java.util.LinkedHashMap<>();
        rowsOf(base.get()).forEach(r -> before.put(r.processId(), r));
        List<DutyDiff.Entry> entries = new ArrayList<>();
        for (JobDuty row : now.rows()) {
            JobDuty old = before.remove(row.processId());
            if (old == null) {
                entries.add(new DutyDiff.Entry(row.processId(), row.name(), "ADDED", List.of()));
            } else if (!row.differencesFrom(old).isEmpty()) {
                entries.add(new DutyDiff.Entry(row.processId(), row.name(), "CHANGED", row.differencesFrom(old)));
            }
        }
        before.values().forEach(old -> entries.add(new DutyDiff.Entry(old.processId(), old.name(), "REMOVED", List.of())));
        return new DutyDiff(base.get(), entries);
    }

    public List<DutyChange> changes(Actor actor, long positionId) {
        positions.get(actor, positionId);
        return duties.changes(actor.organizationId(), positionId, 50);
    }

    /** "Changes to my duties" for the signed-in person's position. */
    public List<DutyChange> myChanges(Actor actor, Long positionId) {
        return positionId == null ? List.of() : duties.changes(actor.organizationId(), positionId, 5);
    }

    public boolean mayRaiseTraining(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
    }

    /** Puts the change into the training plan of everyone holding the position; answers how many plans got it. */
    @Transactional
    public int raiseTrainingNeed(Actor actor, long changeId, int version) {
        actor.require("raise a training need", Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD);
        DutyChange change = duties.change(actor.organizationId(), changeId)
                .orElseThrow(() -> new NotFoundException("job_duty_change", changeId));
        if (change.trainingRaised()) {
            throw new InvalidInputException(null, "duties.error.alreadyRaised");
        }
        if (duties.markRaised(actor.organizationId(), changeId, version) == 0) {
            throw new StaleVersionException("job_duty_change", changeId);
        }
        String need = change.processName() + ": " + change.change().toLowerCase(java.util.Locale.ROOT)
                + (change.what().isBlank() ? "" : " (" + change.what() + ")");
        List<PlanItemDraft> drafts = duties.holders(actor.organizationId(), change.positionId()).stream()
                .map(p -> new PlanItemDraft(p, PlanSource.DUTY_CHANGE, null, null, need, null, null)).toList();
        int added = plans.add(actor, drafts);
        audit.action(actor, "job_duty_change", changeId, "training need raised", Map.of("plans", added));
        return added;
    }
}
