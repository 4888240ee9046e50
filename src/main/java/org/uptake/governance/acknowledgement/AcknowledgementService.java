package org.uptake.governance.acknowledgement;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.governance.document.DocumentInForce;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.document.DocumentStatus;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.org.unit.UnitService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.governance.markup.OfficeUploads;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;
import org.uptake.shared.paging.Cursor;
import org.uptake.shared.paging.Slice;

/**
 * "Read and understood", bound to a document revision. Writers of documents send a document in
 * force to people (named, a group, a unit subtree) in one set-based insert; mails go out from
 * {@link AcknowledgementMail}. The addressee acknowledges the current revision only; for people
 * without an account a writer records the scanned paper sheet. A new revision in force asks everyone again.
 */
@Service
public class AcknowledgementService {

    static final String ENTITY = DocumentInstanceService.ENTITY;
    private static final long SHEET_LIMIT = 20L * 1024 * 1024;

    private final AcknowledgementRepository acks;
    private final DocumentInstanceService documents;
    private final WorkingGroupService groups;
    private final UnitService units;
    private final FileStore files;
    private final AuditLog audit;

    AcknowledgementService(AcknowledgementRepository acks, DocumentInstanceService documents, WorkingGroupService groups,
                           UnitService units, FileStore files, AuditLog audit) {
        this.acks = acks;
        this.documents = documents;
        this.groups = groups;
        this.units = units;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public int request(Actor actor, long documentId, AcknowledgementRequest request) {
        documents.requireWriter(actor);
        DocumentInstance d = documents.get(actor, documentId);
        if (d.status() != DocumentStatus.IN_FORCE) {
            throw new InvalidInputException(null, "governance.error.notInForce");
        }
        if (request.personIds().isEmpty() && request.groupId() == null && request.unitId() == null) {
            throw new InvalidInputException("personIds", "governance.error.noAddressees");
        }
        if (!request.personIds().isEmpty() && acks.knownPeople(actor.organizationId(), request.personIds()) != request.personIds().size()) {
            throw new InvalidInputException("personIds", "governance.error.person");
        }
        if (request.groupId() != null) {
            reference("groupId", () -> groups.get(actor, request.groupId()));
        }
        String path = request.unitId() == null ? null : reference("unitId", () -> units.get(actor, request.unitId())).path();
        int added = acks.request(actor.organizationId(), documentId, d.revision(), request.personIds(), request.groupId(), path,
                request.dueOn());
        audit.action(actor, ENTITY, documentId, "sent-for-acknowledgement", Map.of("revision", d.revision(), "addressees", added));
        return added;
    }

    @Transactional
    public Acknowledgement acknowledge(Actor actor, long documentId, int revision) {
        DocumentInstance d = documents.get(actor, documentId);
        if (actor.personId() == null) {
            throw new NotFoundException("acknowledgement", documentId);
        }
        if (revision != d.revision() || d.status() != DocumentStatus.IN_FORCE) {
            throw new InvalidInputException("revision", "governance.error.outdatedRevision", revision, d.revision());
        }
        Acknowledgement a = acks.find(actor.organizationId(), documentId, d.revision(), actor.personId())
                .orElseThrow(() -> new NotFoundException("acknowledgement", documentId));
        if (!acks.acknowledge(actor.organizationId(), a.id(), "ONLINE", null, actor.userId())) {
            throw new InvalidInputException(null, "governance.error.alreadyAcknowledged");
        }
        audit.action(actor, ENTITY, documentId, "acknowledged", Map.of("person", a.personName(), "revision", revision));
        return acks.find(actor.organizationId(), documentId, d.revision(), actor.personId()).orElseThrow();
    }

    /** A writer records the signed paper sheet of someone who has no account (or signed on paper). */
    @Transactional
    public Acknowledgement recordPaper(Actor actor, long documentId, long personId, String name, String contentType, byte[] content) {
        documents.requireWriter(actor);
        DocumentInstance d = documents.get(actor, documentId);
        Acknowledgement a = acks.find(actor.organizationId(), documentId, d.revision(), personId)
                .orElseThrow(() -> new InvalidInputException("personId", "governance.error.notAddressee"));
        if (a.acknowledged()) {
            throw new InvalidInputException(null, "governance.error.alreadyAcknowledged");
        }
        String type = OfficeUploads.check(name, contentType, content);
        StoredFile sheet = files.store(actor, name, type, content, SHEET_LIMIT, OfficeUploads.SCANS_AND_DOCUMENTS);
        acks.acknowledge(actor.organizationId(), a.id(), "PAPER", sheet.id(), actor.userId());
        audit.action(actor, ENTITY, documentId, "acknowledged-on-paper", Map.of("person", a.personName(), "file", sheet.name()));
        return acks.find(actor.organizationId(), documentId, d.revision(), personId).orElseThrow();
    }

    public byte[] paperSheet(Actor actor, long documentId, long personId) {
        documents.requireWriter(actor);
        DocumentInstance d = documents.get(actor, documentId);
        Acknowledgement a = acks.find(actor.organizationId(), documentId, d.revision(), personId)
                .filter(x -> x.paperFileId() != null).orElseThrow(() -> new NotFoundException("acknowledgement", personId));
        return files.content(actor, a.paperFileId());
    }

    /** The addressees of the current revision: writers and whole-organisation readers see all, others only themselves. */
    public Slice<Acknowledgement> addressees(Actor actor, long documentId, boolean pendingOnly, String after, int size) {
        DocumentInstance d = documents.get(actor, documentId);
        if (!documents.mayWrite(actor) && !actor.readsWholeOrganization()) {
            List<Acknowledgement> own = actor.personId() == null ? List.of()
                    : acks.find(actor.organizationId(), documentId, d.revision(), actor.personId()).stream().toList();
            return new Slice<>(own, null);
        }
        Cursor c = Cursor.decode(after);
        return Slice.of(acks.page(actor.organizationId(), documentId, d.revision(), pendingOnly, c == null ? 0 : c.id(), size + 1), size,
                a -> new Cursor("", a.id()));
    }

    public AcknowledgementCounts counts(Actor actor, long documentId) {
        DocumentInstance d = documents.get(actor, documentId);
        return acks.counts(actor.organizationId(), documentId, d.revision());
    }

    /** The actor's own line for the document's current revision, if they were asked. */
    public java.util.Optional<Acknowledgement> mine(Actor actor, long documentId) {
        DocumentInstance d = documents.get(actor, documentId);
        return actor.personId() == null ? java.util.Optional.empty()
                : acks.find(actor.organizationId(), documentId, d.revision(), actor.personId());
    }

    public List<PendingAcknowledgement> pending(Actor actor, int limit) {
        return actor.personId() == null ? List.of() : acks.pendingFor(actor.organizationId(), actor.personId(), limit);
    }

    @EventListener
    void on(DocumentInForce e) {
        if (e.revision() > 1) {
            int asked = acks.reask(e.organizationId(), e.documentId(), e.revision());
            audit.action(Actor.system(e.organizationId()), ENTITY, e.documentId(), "asked-again",
                    Map.of("revision", e.revision(), "addressees", asked));
        }
    }

    private static <T> T reference(String field, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "governance.error.reference");
        }
    }
}
