package org.uptake.process.document;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.org.position.PositionService;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Regulations and executor instructions of a process. The process's editors (admins, coordinators,
 * its owners) write and approve them; everyone reads. "Executor instructions are written after the
 * process regulations" (seed 002 line 387): an instruction cannot be approved before its process has
 * an approved regulation.
 */
@Service
public class DocumentService {

    static final String ENTITY = "process_document";

    private final DocumentRepository documents;
    private final ProcessService processes;
    private final PositionService positions;
    private final AuditLog audit;

    DocumentService(DocumentRepository documents, ProcessService processes, PositionService positions, AuditLog audit) {
        this.documents = documents;
        this.processes = processes;
        this.positions = positions;
        this.audit = audit;
    }

    public List<ProcessDocument> forProcess(Actor actor, long processId) {
        processes.get(actor, processId);
        return documents.forProcess(actor.organizationId(), processId);
    }

    public ProcessDocument get(Actor actor, long id) {
        return documents.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public boolean mayEdit(Actor actor, ProcessDocument document) {
        return processes.mayEdit(actor, processes.get(actor, document.processId()));
    }

    public boolean hasApprovedRegulation(Actor actor, long processId) {
        processes.get(actor, processId);
        return documents.hasApprovedRegulation(processId);
    }

    @Transactional
    public ProcessDocument create(Actor actor, long processId, DocumentForm form) {
        processes.requireEditor(actor, processId);
        requirePosition(actor, form);
        long id = documents.insert(actor.organizationId(), processId, form);
        ProcessDocument created = get(actor, id);
        audit.created(actor, ENTITY, id, created);
        return created;
    }

    @Transactional
    public ProcessDocument update(Actor actor, long id, DocumentForm form) {
        ProcessDocument before = get(actor, id);
        processes.requireEditor(actor, before.processId());
        requirePosition(actor, form);
        if (documents.update(actor.organizationId(), id, form) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        ProcessDocument after = get(actor, id);
        audit.updated(actor, ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long id, int version) {
        ProcessDocument before = get(actor, id);
        processes.requireEditor(actor, before.processId());
        if (before.kind() == ProcessDocument.Kind.REGULATION && before.approvedRevision() != null
                && documents.forProcess(actor.organizationId(), before.processId()).stream()
                .anyMatch(d -> d.kind() == ProcessDocument.Kind.INSTRUCTION && d.approvedRevision() != null)) {
            throw new InvalidInputException(null, "process.document.error.regulationInUse");
        }
        if (documents.delete(actor.organizationId(), id, version) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        audit.deleted(actor, ENTITY, id, before);
    }

    /** Approves the draft as the next revision; instructions only once the process's regulation is approved. */
    @Transactional
    public ProcessDocument approve(Actor actor, long id, int version) {
        ProcessDocument document = get(actor, id);
        Process process = processes.requireEditor(actor, document.processId());
        if (document.version() != version) {
            throw new StaleVersionException(ENTITY, id);
        }
        if (document.status() == ProcessDocument.Status.APPROVED) {
            throw new InvalidInputException(null, "process.document.error.alreadyApproved");
        }
        if (document.kind() == ProcessDocument.Kind.INSTRUCTION && !documents.hasApprovedRegulation(process.id())) {
            throw new InvalidInputException(null, "process.document.error.instructionBeforeRegulation");
        }
        if (document.body().isBlank()) {
            throw new InvalidInputException("body", "process.document.error.empty");
        }
        int revision = documents.nextRevision(id);
        if (documents.approve(actor.organizationId(), id, version, revision) == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
        documents.insertRevision(actor.organizationId(), document, revision, actor);
        audit.action(actor, ENTITY, id, "approved", Map.of("revision", revision));
        return get(actor, id);
    }

    public List<DocumentRevision> revisions(Actor actor, long id) {
        get(actor, id);
        return documents.revisions(actor.organizationId(), id);
    }

    public DocumentRevision revision(Actor actor, long id, int revision) {
        get(actor, id);
        return documents.revision(actor.organizationId(), id, revision)
                .orElseThrow(() -> new NotFoundException("process_document_revision", revision));
    }

    private void requirePosition(Actor actor, DocumentForm form) {
        if (form.getExecutorPositionId() == null) {
            return;
        }
        try {
            positions.get(actor, form.getExecutorPositionId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("executorPositionId", "process.error.positionUnknown");
        }
    }
}
