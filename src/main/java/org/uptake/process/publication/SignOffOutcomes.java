package org.uptake.process.publication;

import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffService;
import org.uptake.approval.SignOffView;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.process.catalog.Process;
import org.uptake.process.catalog.ProcessService;
import org.uptake.process.catalog.ProcessStatus;
import org.uptake.process.spec.SpecificationChanged;
import org.uptake.shared.Actor;

/**
 * Listens to the sign-offs of specifications (in the deciding transaction: the specification is
 * published together with the approval) and marks a sign-off stale when the specification changes.
 */
@Component
class SignOffOutcomes {

    private final PublicationService publication;
    private final ProcessService processes;
    private final SignOffService signOffs;
    private final OwnerApprovers approvers;

    SignOffOutcomes(PublicationService publication, ProcessService processes, SignOffService signOffs,
                    OwnerApprovers approvers) {
        this.publication = publication;
        this.processes = processes;
        this.signOffs = signOffs;
        this.approvers = approvers;
    }

    @EventListener
    void on(SignOffApproved e) {
        if (!PublicationService.SUBJECT.equals(e.subjectType()) || e.subjectId() == null) {
            return;
        }
        Actor system = Actor.system(e.organizationId());
        Process process = processes.get(system, e.subjectId());
        // An approval of a text that has changed since (the process went back to draft) publishes nothing.
        if (process.status() == ProcessStatus.SUBMITTED) {
            publication.publish(system, process, approvedBy(system, e.signOffId()), "#" + e.signOffId());
        }
    }

    @EventListener
    void on(SignOffRejected e) {
        if (PublicationService.SUBJECT.equals(e.subjectType()) && e.subjectId() != null) {
            publication.backToDraft(Actor.system(e.organizationId()), e.subjectId(), e.reason());
        }
    }

    @EventListener
    void on(SignOffCancelled e) {
        if (PublicationService.SUBJECT.equals(e.subjectType()) && e.subjectId() != null) {
            publication.backToDraft(Actor.system(e.organizationId()), e.subjectId(), null);
        }
    }

    /** A changed specification no longer is what was signed: its latest sign-off is flagged stale. */
    @EventListener
    void on(SpecificationChanged e) {
        if (e.change() == SpecificationChanged.Change.EDITED) {
            signOffs.markStale(Actor.system(e.organizationId()), PublicationService.SUBJECT, e.processId(),
                    approvers.staleReason(e.organizationId()));
        }
    }

    /** The names of those who approved in the deciding round (with the delegate who acted, if any). */
    private String approvedBy(Actor system, long signOffId) {
        SignOffView view = signOffs.view(system, signOffId);
        String names = view.currentRound().steps().stream().flatMap(s -> s.approvers().stream())
                .filter(a -> a.decision() != null && a.decision().approves())
                .map(a -> a.actingName() == null ? a.name() : a.actingName() + " / " + a.name())
                .collect(Collectors.joining(", "));
        return names.isBlank() ? "#" + signOffId : names;
    }
}
