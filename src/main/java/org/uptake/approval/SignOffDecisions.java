package org.uptake.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffRepository.ApproverRow;
import org.uptake.approval.SignOffRepository.StepRow;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.shared.Actor;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * Records one approver's decision. Finds the place the actor decides for (their own, or one they
 * act for as a delegate) in the open step, refuses every decision that is not theirs to make, and
 * leaves the tally to {@link SignOffProgress}. Called with the request row locked.
 */
@Component
class SignOffDecisions {

    private final SignOffRepository signOffs;
    private final SignOffProgress progress;
    private final DelegationService delegations;
    private final AuditLog audit;

    SignOffDecisions(SignOffRepository signOffs, SignOffProgress progress, DelegationService delegations,
                     AuditLog audit) {
        this.signOffs = signOffs;
        this.progress = progress;
        this.delegations = delegations;
        this.audit = audit;
    }

    void decide(Actor actor, SignOff s, DecisionForm form, LocalDate today) {
        if (actor.userId() == 0 || !signOffs.accountActive(actor.userId())) {
            throw new SignOffRefusedException("approval.error.inactiveAccount");
        }
        if (s.status() == SignOffStatus.CANCELLED) {
            throw new InvalidInputException(null, "approval.error.cancelled");
        }
        if (s.status().isClosed()) {
            throw new InvalidInputException(null, "approval.error.closed");
        }
        List<ApproverRow> round = signOffs.approvers(s.id()).stream().filter(a -> a.round() == s.round()).toList();
        List<StepRow> steps = progress.stepsOf(s.id(), s.round());
        StepRow open = steps.stream().filter(r -> r.ordinal() == s.currentStep()).findFirst().orElseThrow();
        ApproverRow slot = placeOf(actor, s, steps, open, round, form.onBehalfOfPersonId(), today);
        List<String> conditions = checked(form);
        if (signOffs.touch(s.organizationId(), s.id(), form.version()) == 0) {
            throw new StaleVersionException(SignOffService.ENTITY, s.id());
        }
        boolean acting = !Objects.equals(slot.personId(), actor.personId());
        Long actingPerson = acting ? actor.personId() : null;
        Long userId = actor.userId();
        signOffs.decide(slot.id(), form.outcome(), userId, actingPerson, form.commentText());
        for (int i = 0; i < conditions.size(); i++) {
            signOffs.insertCondition(s.organizationId(), s.id(), slot.id(), i + 1, conditions.get(i));
        }
        signOffs.insertComment(s.organizationId(), s.id(), s.round(), form.outcome().name(), userId, actor.personId(),
                actor.displayName(), acting ? slot.name() : null, commentBody(form, conditions));
        audit.action(actor, SignOffService.ENTITY, s.id(), "decided", SignOffProgress.details("round", s.round(),
                "step", open.ordinal(), "approver", slot.name(), "actingFor", acting ? slot.name() : null,
                "decision", form.outcome().name(), "comment", form.commentText(),
                "conditions", conditions.isEmpty() ? null : String.join("; ", conditions)));
        progress.tally(actor, s, open, slot.id(), form.commentText());
    }

    /** The open, undecided place the actor decides for, or the precise reason why there is none. */
    private ApproverRow placeOf(Actor actor, SignOff s, List<StepRow> steps, StepRow open, List<ApproverRow> round,
                                Long onBehalfOf, LocalDate today) {
        Long me = actor.personId();
        List<Long> actingFor = me == null ? List.of() : delegations.actingFor(s.organizationId(), me, s.id(), today);
        List<ApproverRow> mine = round.stream().filter(a -> a.stepId() == open.id() && a.decision() == null)
                .filter(a -> Objects.equals(a.personId(), me) || actingFor.contains(a.personId())).toList();
        if (onBehalfOf != null) {
            Optional<ApproverRow> chosen = mine.stream().filter(a -> a.personId() == onBehalfOf).findFirst();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        } else {
            Optional<ApproverRow> own = mine.stream().filter(a -> Objects.equals(a.personId(), me)).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
            if (mine.size() == 1) {
                return mine.getFirst();
            }
            if (mine.size() > 1) {
                throw new InvalidInputException("onBehalfOfPersonId", "approval.error.chooseOnBehalf");
            }
        }
        throw whyNot(me, onBehalfOf, actingFor, steps, open, round);
    }

    private static RuntimeException whyNot(Long me, Long onBehalfOf, List<Long> actingFor, List<StepRow> steps,
                                           StepRow open, List<ApproverRow> round) {
        List<ApproverRow> theirs = round.stream().filter(a -> onBehalfOf != null
                ? a.personId() == onBehalfOf && (Objects.equals(me, onBehalfOf) || actingFor.contains(onBehalfOf))
                : Objects.equals(a.personId(), me) || actingFor.contains(a.personId())).toList();
        if (theirs.isEmpty()) {
            return new SignOffRefusedException("approval.error.notApprover");
        }
        if (theirs.stream().anyMatch(a -> a.decision() != null)) {
            return new InvalidInputException(null, "approval.error.alreadyDecided");
        }
        if (theirs.stream().anyMatch(a -> a.stepId() == open.id())) {
            return new InvalidInputException(null, "approval.error.alreadyDecided");
        }
        boolean later = theirs.stream().anyMatch(a -> steps.stream()
                .anyMatch(st -> st.id() == a.stepId() && st.ordinal() > open.ordinal()));
        return new InvalidInputException(null, later ? "approval.error.stepNotOpen" : "approval.error.stepDecided");
    }

    private static List<String> checked(DecisionForm form) {
        if (form.outcome() == null) {
            throw new InvalidInputException("outcome", "NotNull");
        }
        if (form.commentText() != null && form.commentText().length() > 4000) {
            throw new InvalidInputException("comment", "approval.error.tooLong", 4000);
        }
        List<String> conditions = form.allConditions();
        if (conditions.size() > 20) {
            throw new InvalidInputException("conditions", "approval.error.tooManyConditions", 20);
        }
        if (conditions.stream().anyMatch(c -> c.length() > 500)) {
            throw new InvalidInputException("conditions", "approval.error.tooLong", 500);
        }
        switch (form.outcome()) {
            case REJECTED -> {
                if (form.commentText() == null) {
                    throw new InvalidInputException("comment", "approval.error.reasonRequired");
                }
                if (!conditions.isEmpty()) {
                    throw new InvalidInputException("conditions", "approval.error.conditionsOnlyWithApproval");
                }
            }
            case APPROVED_WITH_CONDITIONS -> {
                if (conditions.isEmpty()) {
                    throw new InvalidInputException("conditions", "approval.error.conditionsRequired");
                }
            }
            case APPROVED -> {
                if (!conditions.isEmpty()) {
                    throw new InvalidInputException("conditions", "approval.error.conditionsNeedConditionalApproval");
                }
            }
        }
        return conditions;
    }

    private static String commentBody(DecisionForm form, List<String> conditions) {
        if (conditions.isEmpty()) {
            return form.commentText();
        }
        String list = String.join("\n", conditions.stream().map(c -> "• " + c).toList());
        return form.commentText() == null ? list : form.commentText() + "\n" + list;
    }
}
