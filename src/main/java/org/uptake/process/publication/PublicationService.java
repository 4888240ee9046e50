package org.uptake.process.publication;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.process.spec.Specification;
import org.uptake.process.spec.SpecificationChanged;
import org.uptake.process.spec.SpecificationCheck;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Specifications are approved and published by sign-off: an editor submits a draft that passes the
 * blocking checks, an approver (admin, coordinator or the process's owner) approves it — which
 * freezes a numbered revision with who and when — or returns it with a comment. Any later change
 * puts the specification back to draft; the approved revision stays readable.
 *
 * <p>Each decision names the {@code specVersion} the actor read, so nobody approves a text that
 * changed under their eyes.
 */
@Service
public class PublicationService {

    private final ProcessService processes;
    private final SpecificationService specifications;
    private final PublicationRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    PublicationService(ProcessService processes, SpecificationService specifications, PublicationRepository repository,
                       AuditLog audit, ApplicationEventPublisher events, JsonMapper json) {
        this.processes = processes;
        this.specifications = specifications;
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** Whether the actor may approve or return this process's specification. */
    public boolean mayApprove(Actor actor, Process process) {
        return processes.mayEdit(actor, process);
    }

    @Transactional
    public Process submit(Actor actor, long processId, PublicationForm form) {
        Process process = processes.requireEditor(actor, processId);
        requireCurrent(process, form.getSpecVersion());
        if (process.status() != ProcessStatus.DRAFT) {
            throw new InvalidInputException(null, "process.error.notDraft");
        }
        requirePassing(actor, processId);
        if (repository.setStatus(actor.organizationId(), processId, form.getSpecVersion(), ProcessStatus.SUBMITTED) == 0) {
            throw new StaleVersionException(ProcessService.ENTITY, processId);
        }
        audit.action(actor, ProcessService.ENTITY, processId, "submitted", details(form));
        return processes.get(actor, processId);
    }

    /** Approves and publishes the specification as revision n + 1. */
    @Transactional
    public Process approve(Actor actor, long processId, PublicationForm form) {
        Process process = processes.requireEditor(actor, processId);
        requireCurrent(process, form.getSpecVersion());
        if (process.status() == ProcessStatus.APPROVED) {
            throw new InvalidInputException(null, "process.error.alreadyApproved");
        }
        Specification spec = requirePassing(actor, processId);
        int revision = repository.nextRevision(processId);
        if (repository.approve(actor.organizationId(), processId, form.getSpecVersion(), revision) == 0) {
            throw new StaleVersionException(ProcessService.ENTITY, processId);
        }
        repository.insertRevision(actor.organizationId(), processId, revision, json.writeValueAsString(spec), actor,
                form.getComment());
        Map<String, Object> details = details(form);
        details.put("revision", revision);
        audit.action(actor, ProcessService.ENTITY, processId, "approved", details);
        var positions = specifications.executorPositions(actor, processId);
        events.publishEvent(new SpecificationChanged(actor.organizationId(), processId, process.name(),
                SpecificationChanged.Change.APPROVED, "approval", positions, positions, Instant.now()));
        return processes.get(actor, processId);
    }

    /** Returns a submitted specification to its editors; the comment says what to change. */
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
        audit.action(actor, ProcessService.ENTITY, processId, "returned", details(form));
        return processes.get(actor, processId);
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
