package org.uptake.governance.document;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.governance.markup.OfficeUploads;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;

/**
 * The lifecycle of a document: a draft goes to sign-off (module approval, every approver must
 * agree); once approved it is registered with a number and date, then put in force, which
 * supersedes the document it replaces. A document in force may be revised (a new revision, asked
 * to be acknowledged again) and any unfinished document may be cancelled.
 */
@Service
public class DocumentLifecycle {

    static final String SUBJECT = "governance.document";
    private static final long SIGNED_COPY_LIMIT = 20L * 1024 * 1024;

    private final DocumentInstanceService service;
    private final DocumentInstanceRepository documents;
    private final SignOffService signOffs;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DocumentLifecycle(DocumentInstanceService service, DocumentInstanceRepository documents, SignOffService signOffs,
                      FileStore files, AuditLog audit, ApplicationEventPublisher events) {
        this.service = service;
        this.documents = documents;
        this.signOffs = signOffs;
        this.files = files;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public DocumentInstance sendForSignOff(Actor actor, long id, LifecycleForm form) {
        DocumentInstance d = step(actor, id, DocumentStatus.DRAFT);
        if (form.approverPersonIds().isEmpty()) {
            throw new InvalidInputException("approverPersonIds", "governance.error.approvers");
        }
        SignOff s = signOffs.request(actor, SignOffDraft.about(SUBJECT, id, d.title(), "/documents/" + id)
                .withStep(new SignOffDraft.Step("Sign-off", form.approverPersonIds(), ApprovalRule.ALL, null)));
        if (!documents.sentForSignOff(actor.organizationId(), id, s.id(), form.version())) {
            throw new StaleVersionException(DocumentInstanceService.ENTITY, id);
        }
        audit.action(actor, DocumentInstanceService.ENTITY, id, "sent-for-sign-off", Map.of("signOff", s.id()));
        return service.get(actor, id);
    }

    @Transactional
    public DocumentInstance register(Actor actor, long id, LifecycleForm form) {
        DocumentInstance d = step(actor, id, DocumentStatus.APPROVED);
        String number = form.number() == null ? "" : form.number().strip();
        if (number.isEmpty()) {
            throw new InvalidInputException("number", "governance.error.numberRequired");
        }
        if (documents.numberTaken(actor.organizationId(), number, id)) {
            throw new InvalidInputException("number", "governance.error.numberTaken");
        }
        LocalDate date = form.date() == null ? SignOffService.today(actor) : form.date();
        if (!documents.register(actor.organizationId(), id, number, date, form.version())) {
            throw new StaleVersionException(DocumentInstanceService.ENTITY, id);
        }
        documents.updateBody(actor.organizationId(), id, service.refill(actor, d, number, date));
        audit.action(actor, DocumentInstanceService.ENTITY, id, "registered", Map.of("number", number, "date", date.toString()));
        return service.get(actor, id);
    }

    @Transactional
    public DocumentInstance putInForce(Actor actor, long id, LifecycleForm form) {
        DocumentInstance d = step(actor, id, DocumentStatus.REGISTERED);
        LocalDate from = form.date() == null ? SignOffService.today(actor) : form.date();
        if (from.isBefore(d.regDate())) {
            throw new InvalidInputException("date", "governance.error.inForceBeforeRegistration");
        }
        if (!documents.inForce(actor.organizationId(), id, from, form.version())) {
            throw new StaleVersionException(DocumentInstanceService.ENTITY, id);
        }
        if (d.supersedesId() != null) {
            documents.supersede(actor.organizationId(), d.supersedesId());
            audit.action(actor, DocumentInstanceService.ENTITY, d.supersedesId(), "superseded", Map.of("by", d.title()));
        }
        audit.action(actor, DocumentInstanceService.ENTITY, id, "in-force", Map.of("from", from.toString(), "revision", d.revision()));
        events.publishEvent(new DocumentInForce(actor.organizationId(), id, d.revision()));
        return service.get(actor, id);
    }

    @Transactional
    public DocumentInstance revise(Actor actor, long id, LifecycleForm form) {
        DocumentInstance d = step(actor, id, DocumentStatus.IN_FORCE);
        if (!documents.revise(actor.organizationId(), id, form.version())) {
            throw new StaleVersionException(DocumentInstanceService.ENTITY, id);
        }
        audit.action(actor, DocumentInstanceService.ENTITY, id, "revised", Map.of("revision", d.revision() + 1));
        return service.get(actor, id);
    }

    @Transactional
    public DocumentInstance cancel(Actor actor, long id, LifecycleForm form) {
        service.requireWriter(actor);
        DocumentInstance d = service.get(actor, id);
        if (d.status().finished()) {
            throw new InvalidInputException(null, "governance.error.finished");
        }
        if (!documents.setStatus(actor.organizationId(), id, DocumentStatus.CANCELLED, form.version())) {
            throw new StaleVersionException(DocumentInstanceService.ENTITY, id);
        }
        audit.action(actor, DocumentInstanceService.ENTITY, id, "cancelled",
                Map.of("reason", form.reason() == null ? "" : form.reason()));
        return service.get(actor, id);
    }

    /** The signed paper original, scanned (PDF or image) or as a DOCX without macros. */
    @Transactional
    public DocumentInstance attachSigned(Actor actor, long id, String name, String contentType, byte[] content, int version) {
        service.requireWriter(actor);
        service.get(actor, id);
        String type = OfficeUploads.check(name, contentType, content);
        StoredFile f = files.store(actor, name, type, content, SIGNED_COPY_LIMIT, OfficeUploads.SCANS_AND_DOCUMENTS);
        if (!documents.attachSigned(actor.organizationId(), id, f.id(), version)) {
            throw new StaleVersionException(DocumentInstanceService.ENTITY, id);
        }
        audit.action(actor, DocumentInstanceService.ENTITY, id, "signed-copy", Map.of("file", f.name()));
        return service.get(actor, id);
    }

    public StoredFile signedCopy(Actor actor, long id) {
        DocumentInstance d = service.get(actor, id);
        if (d.signedFileId() == null) {
            throw new org.uptake.shared.error.NotFoundException("file", id);
        }
        return files.get(actor, d.signedFileId());
    }

    public byte[] signedCopyContent(Actor actor, long id) {
        return files.content(actor, signedCopy(actor, id).id());
    }

    private DocumentInstance step(Actor actor, long id, DocumentStatus expected) {
        service.requireWriter(actor);
        DocumentInstance d = service.get(actor, id);
        if (d.status() != expected) {
            throw new InvalidInputException(null, "governance.error.wrongStatus", d.status().name(), expected.name());
        }
        return d;
    }

    @EventListener
    void on(SignOffApproved e) {
        outcome(e.organizationId(), e.subjectType(), e.subjectId(), DocumentStatus.APPROVED, "signed-off");
    }

    @EventListener
    void on(SignOffRejected e) {
        outcome(e.organizationId(), e.subjectType(), e.subjectId(), DocumentStatus.DRAFT, "sign-off-rejected");
    }

    @EventListener
    void on(SignOffCancelled e) {
        outcome(e.organizationId(), e.subjectType(), e.subjectId(), DocumentStatus.DRAFT, "sign-off-cancelled");
    }

    private void outcome(long org, String subjectType, Long subjectId, DocumentStatus status, String action) {
        if (!SUBJECT.equals(subjectType) || subjectId == null) {
            return;
        }
        if (documents.signOffOutcome(org, subjectId, status) == 1) {
            audit.action(Actor.system(org), DocumentInstanceService.ENTITY, subjectId, action, Map.of());
        }
    }
}
