package org.uptake.competency.duty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffService;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCancelled;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.approval.event.SignOffRoundStarted;
import org.uptake.process.spec.SpecificationChanged;
import org.uptake.shared.Actor;

/**
 * Keeps job duties in step with the rest of the system: a specification change is recorded for
 * every position it adds, removes or changes, and makes their signed duties stale; a sign-off
 * decision settles the revision it was about. Runs inside the transaction of the change.
 */
@Component
class DutyListeners {

    private static final int REASON_MAX = 480;

    private final DutyRepository duties;
    private final SignOffService signOffs;

    DutyListeners(DutyRepository duties, SignOffService signOffs) {
        this.duties = duties;
        this.signOffs = signOffs;
    }

    @EventListener
    void on(SpecificationChanged e) {
        if (e.change() == SpecificationChanged.Change.APPROVED) {
            return;
        }
        long org = e.organizationId();
        e.addedPositions().forEach(p -> duties.recordChange(org, p, e.processId(), e.processName(), "ADDED", e.what()));
        e.removedPositions().forEach(p -> duties.recordChange(org, p, e.processId(), e.processName(), "REMOVED", e.what()));
        if (e.change() == SpecificationChanged.Change.EDITED) {
            e.changedPositions().forEach(p -> duties.recordChange(org, p, e.processId(), e.processName(), "CHANGED", e.what()));
        }
        Set<Long> affected = new HashSet<>(e.executorPositionsBefore());
        affected.addAll(e.executorPositionsAfter());
        if (!affected.isEmpty()) {
            markStale(org, duties.standing(org, affected), e.processName());
        }
    }

    private void markStale(long org, List<DutyRevision> revisions, String processName) {
        String reason = "Specification changed: " + processName;
        if (reason.length() > REASON_MAX) {
            reason = reason.substring(0, REASON_MAX);
        }
        Actor system = Actor.system(org);
        for (DutyRevision r : revisions) {
            if (r.signOffId() != null) {
                signOffs.markStale(system, r.signOffId(), reason);
            }
        }
    }

    @EventListener
    void on(SignOffApproved e) {
        if (DutyService.SUBJECT.equals(e.subjectType()) && e.subjectId() != null) {
            duties.revisionById(e.organizationId(), e.subjectId())
                    .filter(r -> "IN_SIGN_OFF".equals(r.status()))
                    .ifPresent(r -> duties.approve(e.organizationId(), r));
        }
    }

    @EventListener
    void on(SignOffRejected e) {
        if (DutyService.SUBJECT.equals(e.subjectType()) && e.subjectId() != null) {
            duties.decide(e.organizationId(), e.subjectId(), "REJECTED");
        }
    }

    @EventListener
    void on(SignOffCancelled e) {
        if (DutyService.SUBJECT.equals(e.subjectType()) && e.subjectId() != null) {
            duties.decide(e.organizationId(), e.subjectId(), "REJECTED");
        }
    }

    /** A new round after a rejection (or a stale approval) puts the revision back into sign-off. */
    @EventListener
    void on(SignOffRoundStarted e) {
        if (DutyService.SUBJECT.equals(e.subjectType()) && e.subjectId() != null) {
            duties.reopen(e.organizationId(), e.subjectId());
        }
    }
}
