package org.uptake.procurement.supplier;

import java.util.Map;
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
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Acceptance of a delivered stage through a sign-off (all named approvers approve): approved means
 * accepted, rejected means the supplier reworks and acceptance can be asked again, cancelled puts the
 * stage back to delivered. The outcome lands in the deciding transaction.
 */
@Service
public class StageAcceptance {

    public static final String SUBJECT = "procurement.stage";

    private final SupplierService suppliers;
    private final SupplierWorkRepository work;
    private final SignOffService signOffs;
    private final AuditLog audit;

    StageAcceptance(SupplierService suppliers, SupplierWorkRepository work, SignOffService signOffs, AuditLog audit) {
        this.suppliers = suppliers;
        this.work = work;
        this.signOffs = signOffs;
        this.audit = audit;
    }

    @Transactional
    public StageDelivery request(Actor actor, long programId, long supplierId, long deliveryId, AcceptanceForm form) {
        suppliers.editable(actor, programId);
        Supplier supplier = suppliers.find(actor, programId, supplierId);
        StageDelivery d = suppliers.delivery(actor, supplierId, deliveryId);
        if (d.status() == DeliveryStatus.IN_ACCEPTANCE || d.status() == DeliveryStatus.ACCEPTED) {
            throw new InvalidInputException(null, "procurement.error.acceptanceOpen");
        }
        if (form.approverPersonIds().isEmpty()) {
            throw new InvalidInputException("approverPersonIds", "procurement.error.approvers");
        }
        SignOff signOff = signOffs.request(actor, SignOffDraft.about(SUBJECT, deliveryId, supplier.name() + ": " + d.stage(),
                        "/programs/" + programId + "/procurement/suppliers/" + supplierId)
                .withStep(new SignOffDraft.Step(null, form.approverPersonIds(), ApprovalRule.ALL, null)));
        if (work.inAcceptance(actor.organizationId(), deliveryId, signOff.id(), form.version()) == 0) {
            throw new StaleVersionException("stage_delivery", deliveryId);
        }
        audit.action(actor, SupplierService.ENTITY, supplierId, "acceptanceRequested",
                Map.of("stage", d.stage(), "signOff", signOff.id()));
        return suppliers.delivery(actor, supplierId, deliveryId);
    }

    @EventListener
    void on(SignOffApproved e) {
        decide(e.organizationId(), e.subjectType(), e.subjectId(), e.signOffId(), DeliveryStatus.ACCEPTED, e.approvedAt());
    }

    @EventListener
    void on(SignOffRejected e) {
        decide(e.organizationId(), e.subjectType(), e.subjectId(), e.signOffId(), DeliveryStatus.REJECTED, e.rejectedAt());
    }

    @EventListener
    void on(SignOffCancelled e) {
        decide(e.organizationId(), e.subjectType(), e.subjectId(), e.signOffId(), DeliveryStatus.DELIVERED, null);
    }

    private void decide(long organizationId, String subjectType, Long deliveryId, long signOffId, DeliveryStatus status,
                        java.time.Instant at) {
        if (!SUBJECT.equals(subjectType) || deliveryId == null) {
            return;
        }
        work.decided(organizationId, deliveryId, signOffId, status, at).ifPresent(supplierId ->
                audit.action(Actor.system(organizationId), SupplierService.ENTITY, supplierId, "stage" + status.name(),
                        Map.of("delivery", deliveryId, "signOff", signOffId)));
    }
}
