package org.uptake.approval;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffRepository.ApproverRow;
import org.uptake.approval.SignOffRepository.StepRow;
import org.uptake.approval.event.SignOffApproved;
import org.uptake.approval.event.SignOffCondition;
import org.uptake.approval.event.SignOffRejected;
import org.uptake.approval.event.SignOffStepOpened;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;

/**
 * Moves a request through its steps: opens a step (asking its approvers), tallies a step after
 * each decision against its rule, opens the next step or closes the request, and announces it.
 */
@Component
class SignOffProgress {

    private final SignOffRepository signOffs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SignOffProgress(SignOffRepository signOffs, AuditLog audit, ApplicationEventPublisher events) {
        this.signOffs = signOffs;
        this.audit = audit;
        this.events = events;
    }

    /** Opens a step of the round: the request waits for its approvers, who are told by the notification listener. */
    void openStep(Actor actor, SignOff s, int round, int ordinal) {
        StepRow step = stepsOf(s.id(), round).stream().filter(r -> r.ordinal() == ordinal).findFirst().orElseThrow();
        signOffs.setStepStatus(step.id(), "OPEN");
        signOffs.setProgress(s.id(), SignOffStatus.OPEN, round, ordinal, false);
        List<Long> approvers = signOffs.approvers(s.id()).stream().filter(a -> a.stepId() == step.id())
                .map(ApproverRow::personId).toList();
        audit.action(actor, SignOffService.ENTITY, s.id(), "stepOpened", details("round", round, "step", ordinal,
                "name", step.name()));
        events.publishEvent(new SignOffStepOpened(s.organizationId(), s.id(), s.subjectType(), s.subjectId(), round,
                ordinal, approvers));
    }

    /**
     * Tallies the step after a decision: approved when the approvals reach its quorum (then the
     * next step opens, or the request is approved), rejected once the quorum can no longer be reached.
     */
    void tally(Actor actor, SignOff s, StepRow step, long decidedApproverId, String reason) {
        List<ApproverRow> slots = signOffs.approvers(s.id()).stream().filter(a -> a.stepId() == step.id()).toList();
        ApproverRow decided = slots.stream().filter(a -> a.id() == decidedApproverId).findFirst().orElseThrow();
        long approvals = slots.stream().filter(a -> a.decision() != null && a.decision().approves()).count();
        long rejections = slots.stream().filter(a -> a.decision() == SignOffDecision.REJECTED).count();
        if (approvals >= step.quorum()) {
            signOffs.setStepStatus(step.id(), "APPROVED");
            boolean last = stepsOf(s.id(), s.round()).stream().noneMatch(r -> r.ordinal() > step.ordinal());
            if (last) {
                approve(actor, s);
            } else {
                openStep(actor, s, s.round(), step.ordinal() + 1);
            }
        } else if (rejections > slots.size() - step.quorum()) {
            signOffs.setStepStatus(step.id(), "REJECTED");
            reject(actor, s, decided, reason);
        }
    }

    private void approve(Actor actor, SignOff s) {
        signOffs.setProgress(s.id(), SignOffStatus.APPROVED, s.round(), null, true);
        List<SignOffCondition> conditions = signOffs.conditions(s.id()).stream()
                .map(SignOffRepository.ConditionRow::condition).filter(c -> c.round() == s.round()).toList();
        audit.action(actor, SignOffService.ENTITY, s.id(), "approved", details("round", s.round(),
                "conditions", conditions.isEmpty() ? null
                        : String.join("; ", conditions.stream().map(SignOffCondition::text).toList())));
        events.publishEvent(new SignOffApproved(s.organizationId(), s.id(), s.subjectType(), s.subjectId(), s.unitId(),
                s.round(), conditions, Instant.now()));
    }

    private void reject(Actor actor, SignOff s, ApproverRow decided, String reason) {
        signOffs.closeRemainingSteps(s.id(), s.round());
        signOffs.setProgress(s.id(), SignOffStatus.REJECTED, s.round(), null, true);
        audit.action(actor, SignOffService.ENTITY, s.id(), "rejected", details("round", s.round(),
                "by", decided.name(), "reason", reason));
        events.publishEvent(new SignOffRejected(s.organizationId(), s.id(), s.subjectType(), s.subjectId(), s.unitId(),
                s.round(), decided.personId(), decided.actingPersonId(), reason, Instant.now()));
    }

    List<StepRow> stepsOf(long signOffId, int round) {
        return signOffs.steps(signOffId).stream().filter(r -> r.round() == round).toList();
    }

    /**
     * Audit details without the null values a map literal would refuse. Lists are joined into one
     * text first: the history shows a two-element list as an old → new change.
     */
    static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
