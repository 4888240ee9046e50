package org.uptake.process.publication;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.process.spec.Specification;
import org.uptake.process.spec.SpecificationChanged;
import org.uptake.process.spec.SpecificationCheck;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Specifications are approved and published by sign-off. An editor submits a draft that passes the
 * blocking checks: a sign-off (module {@code approval}) goes to the holders of the owner position,
 * and its outcome comes back as an event — approved: the specification is frozen as the next
 * numbered revision; rejected or cancelled: it is a draft again. Admins and coordinators may also
 * approve a draft directly (when nobody holds the owner position yet), with who and when recorded.
 * Any later change puts the specification back to draft and marks its sign-off stale.
 *
 * <p>Each decision names the {@code specVersion} the actor read, so nobody approves a text that
 * changed under their eyes.
 */
@Service
public class PublicationService {

    /** The subject type of a specification's sign-off requests. */
    public static final String SUBJECT = "process.specification";

    private final ProcessService processes;
    private final SpecificationService specifications;
    private final PublicationRepository repository;
    private final OwnerApprovers approvers;
    private final SignOffService signOffs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    PublicationService(ProcessService processes, SpecificationService specifications, PublicationRepository repository,
                       OwnerApprovers approvers, SignOffService signOffs, AuditLog audit, ApplicationEventPublisher events,
                       JsonMapper json) {
        this.processes = processes;
        this.specifications = specifications;
        this.repository = repository;
        this.approvers = approvers;
        this.signOffs = signOffs;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** Whether the actor may approve a draft directly, without a sign-off (admins and coordinators). */
    public boolean mayApproveDirectly(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.COORDINATOR);
    }

    public boolean mayEdit(Actor actor, Process process) {
        return processes.mayEdit(actor, process);
    }

    /** The latest sign-off request about the specification, if it was ever submitted. */
    public Optional<SignOff> latestSignOff(Actor actor, long processId) {
        return signOffs.forSubject(actor, SUBJECT, processId).latest();
    }

    /** Submits the draft: the holders of the owner position are asked to sign it off. */
    @Transactional
    public Process submit(Actor actor, long processId, PublicationForm form) {
        Process process = processes.requireEditor(actor, processId);
        requireCurrent(process, form.getSpecVersion());
        if (process.status() != ProcessStatus.DRAFT) {
            throw new InvalidInputException(null, "process.error.notDraft");
        }
        requirePassing(actor, processId);
        List<Long> owners = approvers.holders(actor, process);
        if (owners.isEmpty()) {
            throw new InvalidInputException(null, "process.error.noOwnerHolder");
        }
        if (repository.setStatus(actor.organizationId(), processId, form.getSpecVersion(), ProcessStatus.SUBMITTED) == 0) {
            throw new StaleVersionException(ProcessService.ENTITY, processId);
        }
        SignOff signOff = signOffs.request(actor, SignOffDraft.about(SUBJECT, processId,
                        approvers.title(actor, process), "/processes/" + processId)
                .withDescription(form.getComment())
                .withStep(SignOffDraft.Step.of(approvers.stepName(actor), ApprovalRule.ANY, owners.toArray(Long[]::new))));
        Map<String, Object> details = details(form);
        details.put("signOff", signOff.id());
        audit.action(actor, ProcessService.ENTITY, processId, "submitted", details);
        return processes.get(actor, processId);
    }

    /** Approves a draft directly (admins and coordinators) as revision n + 1; a submitted one waits for its sign-off. */
    @Transactional
    public Process approve(Actor actor, long processId, PublicationForm form) {
        actor.require("approve a specification directly", Role.ADMIN, Role.COORDINATOR);
        Process process = processes.get(actor, processId);
        requireCurrent(process, form.getSpecVersion());
        if (process.status() == ProcessStatus.APPROVED) {
            throw new InvalidInputException(null, "process.error.alreadyApproved");
        }
        if (process.status() == ProcessStatus.SUBMITTED) {
            throw new InvalidInputException(null, "process.error.signOffOpen");
        }
        publish(actor, process, actor.displayName(), form.getComment());
        return processes.get(actor, processId);
    }

    /** Withdraws a submitted specification to draft; its sign-off is marked stale with the comment. */
    @Transactional
    public Process returnToDraft(Actor actor, long processId, PublicationForm form) {
        Process process = processes.requireEditor(actor, processId);
        requireCurrent(process, form.getSpecVersion());
        if (process.status() != ProcessStatus.SUBMITTED) {
            throw new InvalidInputException(null, "process.error.notSubmitted");
        }
        if (form.getComment() == null) {
            throw new InvalidInputException("comment", "process.error.commentRequired");
        }
        if (repository.setStatus(actor.organizationId(), processId, form.getSpecVersion(), ProcessStatus.DRAFT) == 0) {
            throw new StaleVersionException(ProcessService.ENTITY, processId);
        }
        signOffs.markStale(actor, SUBJECT, processId, form.getComment());
        audit.action(actor, ProcessService.ENTITY, processId, "returned", details(form));
        return processes.get(actor, processId);
    }

    /** Freezes the current specification as the next revision and tells the followers. */
    void publish(Actor actor, Process process, String approvedBy, String comment) {
        Specification spec = requirePassing(actor, process.id());
        int revision = repository.nextRevision(process.id());
        if (repository.approve(actor.organizationId(), process.id(), process.specVersion(), revision) == 0) {
            throw new StaleVersionException(ProcessService.ENTITY, process.id());
        }
        repository.insertRevision(actor.organizationId(), process.id(), revision, json.writeValueAsString(spec), actor,
                approvedBy, comment);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", revision);
        details.put("approvedBy", approvedBy);
        audit.action(actor, ProcessService.ENTITY, process.id(), "approved", details);
        var positions = specifications.executorPositions(actor, process.id());
        events.publishEvent(new SpecificationChanged(actor.organizationId(), process.id(), process.name(),
                SpecificationChanged.Change.APPROVED, "approval", positions, positions, Instant.now()));
    }

    /** A rejected or cancelled sign-off puts a still submitted specification back to draft. */
    void backToDraft(Actor actor, long processId, String reason) {
        Process process = processes.get(actor, processId);
        if (process.status() == ProcessStatus.SUBMITTED) {
            repository.setStatus(actor.organizationId(), processId, process.specVersion(), ProcessStatus.DRAFT);
            audit.action(actor, ProcessService.ENTITY, processId, "returned", Map.of("reason", reason == null ? "" : reason));
        }
    }

    public List<SpecificationRevision> revisions(Actor actor, long processId) {
        processes.get(actor, processId);
        return repository.revisions(actor.organizationId(), processId);
    }

    public SpecificationRevision revision(Actor actor, long processId, int revision) {
        processes.get(actor, processId);
        return repository.revision(actor.organizationId(), processId, revision)
                .orElseThrow(() -> new NotFoundException("process_revision", revision));
    }

    private static void requireCurrent(Process process, int specVersion) {
        if (process.specVersion() != specVersion) {
            throw new StaleVersionException(ProcessService.ENTITY, process.id());
        }
    }

    private Specification requirePassing(Actor actor, long processId) {
        Specification spec = specifications.get(actor, processId);
        List<Violation> failures = spec.checks().stream().filter(c -> c.blocking() && !c.passed())
                .map(SpecificationCheck::key).map(k -> Violation.of(null, "process.check." + k + ".failed")).toList();
        if (!failures.isEmpty()) {
            throw new InvalidInputException(failures);
        }
        return spec;
    }

    private static Map<String, Object> details(PublicationForm form) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("specVersion", form.getSpecVersion());
        if (form.getComment() != null) {
            d.put("comment", form.getComment());
        }
        return d;
    }
}
