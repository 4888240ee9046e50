package org.uptake.procurement.selection;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.files.FileStore;
import org.uptake.shared.files.StoredFile;

/** The vendors of a selection (the long list and the shortlist), their commitments, and the tender documents. */
@Service
public class VendorService {

    public static final String ENTITY = "selection.vendor";
    public static final int MAX_VENDORS = 100;
    static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    private final SelectionService selections;
    private final VendorRepository vendors;
    private final SelectionDecisions decisions;
    private final FileStore files;
    private final AuditLog audit;

    VendorService(SelectionService selections, VendorRepository vendors, SelectionDecisions decisions, FileStore files,
                  AuditLog audit) {
        this.selections = selections;
        this.vendors = vendors;
        this.decisions = decisions;
        this.files = files;
        this.audit = audit;
    }

    public List<Vendor> list(Actor actor, long programId, long selectionId) {
        selections.access(actor, programId, selectionId);
        return vendors.vendors(selectionId);
    }

    public Vendor get(Actor actor, long programId, long selectionId, long vendorId) {
        selections.access(actor, programId, selectionId);
        return find(actor, selectionId, vendorId);
    }

    private Vendor find(Actor actor, long selectionId, long vendorId) {
        return vendors.find(actor.organizationId(), selectionId, vendorId).orElseThrow(() -> new NotFoundException(ENTITY, vendorId));
    }

    @Transactional
    public Vendor create(Actor actor, long programId, long selectionId, VendorForm form) {
        selections.requireOpen(actor, programId, selectionId);
        check(form);
        if (vendors.count(selectionId) >= MAX_VENDORS) {
            throw new InvalidInputException(null, "selection.error.tooManyVendors", MAX_VENDORS);
        }
        long id = vendors.insert(actor.organizationId(), selectionId, form);
        Vendor created = find(actor, selectionId, id);
        audit.created(actor, ENTITY, id, created);
        audit.action(actor, SelectionService.ENTITY, selectionId, "vendorAdded", java.util.Map.of("vendor", created.name()));
        return created;
    }

    @Transactional
    public Vendor update(Actor actor, long programId, long selectionId, long vendorId, VendorForm form) {
        selections.requireOpen(actor, programId, selectionId);
        Vendor before = find(actor, selectionId, vendorId);
        check(form);
        if (vendors.update(actor.organizationId(), vendorId, form) == 0) {
            throw new StaleVersionException(ENTITY, vendorId);
        }
        Vendor after = find(actor, selectionId, vendorId);
        audit.updated(actor, ENTITY, vendorId, before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, long programId, long selectionId, long vendorId, int version) {
        selections.requireOpen(actor, programId, selectionId);
        Vendor before = find(actor, selectionId, vendorId);
        if (vendors.delete(actor.organizationId(), vendorId, version) == 0) {
            throw new StaleVersionException(ENTITY, vendorId);
        }
        audit.deleted(actor, ENTITY, vendorId, before);
        audit.action(actor, SelectionService.ENTITY, selectionId, "vendorRemoved", java.util.Map.of("vendor", before.name()));
    }

    private static void check(VendorForm f) {
        if (f.name() == null || f.name().isBlank()) {
            throw new InvalidInputException("name", "selection.error.vendorName");
        }
        Vendor.Costs c = f.costs();
        if (c.seats() < 0 || c.features() < 0 || c.upgrades() < 0 || c.training() < 0 || c.hiring() < 0 || c.integration() < 0
                || c.migration() < 0) {
            throw new InvalidInputException("costs", "selection.error.costNegative");
        }
        try {
            Math.addExact(Math.addExact(Math.addExact(c.seats(), c.features()), Math.addExact(c.upgrades(), c.training())),
                    Math.addExact(Math.addExact(c.hiring(), c.integration()), c.migration()));
        } catch (ArithmeticException e) {
            throw new InvalidInputException("costs", "selection.error.costTooLarge");
        }
    }

    public List<Commitment> commitments(Actor actor, long programId, long selectionId) {
        selections.access(actor, programId, selectionId);
        return vendors.commitments(selectionId);
    }

    /** Adds a vendor's commitment; if the vendor is already the signed-off choice, it becomes a milestone at once. */
    @Transactional
    public Commitment addCommitment(Actor actor, long programId, long selectionId, long vendorId, CommitmentForm form) {
        SelectionAccess access = selections.requireManager(actor, programId, selectionId);
        Vendor vendor = find(actor, selectionId, vendorId);
        if (form.dueOn() != null && form.dueOn().isBefore(access.program().program().startDate())) {
            throw new InvalidInputException("dueOn", "selection.error.commitmentBeforeProgram",
                    access.program().program().startDate().toString());
        }
        long id = vendors.insertCommitment(actor.organizationId(), vendorId, form);
        audit.action(actor, SelectionService.ENTITY, selectionId, "commitmentAdded",
                java.util.Map.of("vendor", vendor.name(), "commitment", form.title(), "dueOn", form.dueOn().toString()));
        Selection s = access.selection();
        if (s.status() == SelectionStatus.DECIDED && Long.valueOf(vendorId).equals(s.chosenVendorId())) {
            decisions.milestones(actor, s);
        }
        return vendors.commitments(selectionId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    public List<TenderDocument> documents(Actor actor, long programId, long selectionId) {
        selections.access(actor, programId, selectionId);
        return vendors.documents(selectionId);
    }

    @Transactional
    public TenderDocument addDocument(Actor actor, long programId, long selectionId, String title, String fileName,
                                      String contentType, byte[] content) {
        selections.requireManager(actor, programId, selectionId);
        String name = title == null || title.isBlank() ? fileName : title.strip();
        if (name == null || name.isBlank() || name.length() > 300) {
            throw new InvalidInputException("title", "selection.error.documentTitle");
        }
        StoredFile file = files.store(actor, fileName, contentType, content, MAX_DOCUMENT_BYTES, DOCUMENT_TYPES);
        long id = vendors.insertDocument(actor.organizationId(), selectionId, file.id(), name);
        audit.action(actor, SelectionService.ENTITY, selectionId, "tenderDocumentAdded", java.util.Map.of("document", name));
        return vendors.document(actor.organizationId(), selectionId, id).orElseThrow();
    }

    public record Download(String name, String contentType, byte[] content) {
    }

    public Download document(Actor actor, long programId, long selectionId, long documentId) {
        selections.access(actor, programId, selectionId);
        TenderDocument d = vendors.document(actor.organizationId(), selectionId, documentId)
                .orElseThrow(() -> new NotFoundException("tenderDocument", documentId));
        StoredFile f = files.get(actor, d.fileId());
        return new Download(f.name(), f.contentType(), files.content(actor, d.fileId()));
    }
}
