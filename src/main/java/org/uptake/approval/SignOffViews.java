package org.uptake.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.uptake.approval.SignOffRepository.ApproverRow;
import org.uptake.approval.SignOffRepository.StepRow;
import org.uptake.approval.delegation.Delegation;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.approval.event.SignOffCondition;
import org.uptake.shared.Actor;

/** Assembles a request's page from a fixed number of queries, and works out what the viewer may do. */
@Component
class SignOffViews {

    private static final int THREAD_LIMIT = 500;

    private final SignOffRepository signOffs;
    private final DelegationService delegations;

    SignOffViews(SignOffRepository signOffs, DelegationService delegations) {
        this.signOffs = signOffs;
        this.delegations = delegations;
    }

    SignOffView build(Actor actor, SignOff s, LocalDate today) {
        List<StepRow> steps = signOffs.steps(s.id());
        List<ApproverRow> approvers = signOffs.approvers(s.id());
        Map<Long, List<SignOffCondition>> conditions = new LinkedHashMap<>();
        signOffs.conditions(s.id()).forEach(c -> conditions.computeIfAbsent(c.approverId(), k -> new ArrayList<>())
                .add(c.condition()));
        Map<Long, List<String>> delegates = new LinkedHashMap<>();
        List<Long> actingFor = new ArrayList<>();
        if (s.isOpen()) {
            for (Delegation d : delegations.forRequest(s.organizationId(), s.id(), today)) {
                delegates.computeIfAbsent(d.fromPersonId(), k -> new ArrayList<>()).add(d.toName());
                if (Objects.equals(d.toPersonId(), actor.personId())) {
                    actingFor.add(d.fromPersonId());
                }
            }
        }
        Map<Integer, List<SignOffView.Step>> byRound = new LinkedHashMap<>();
        for (StepRow st : steps) {
            List<SignOffView.Approver> slots = approvers.stream().filter(a -> a.stepId() == st.id())
                    .map(a -> new SignOffView.Approver(a.id(), a.personId(), a.name(), a.canSignIn(), a.decision(),
                            a.decidedAt(), a.actingPersonId(), a.actingName(), a.comment(),
                            conditions.getOrDefault(a.id(), List.of()),
                            st.round() == s.round() ? delegates.getOrDefault(a.personId(), List.of()) : List.of()))
                    .toList();
            byRound.computeIfAbsent(st.round(), k -> new ArrayList<>()).add(new SignOffView.Step(st.id(), st.round(),
                    st.ordinal(), st.name(), st.rule(), st.quorum(), st.status(), st.openedAt(), st.decidedAt(), slots));
        }
        List<SignOffView.Round> rounds = byRound.entrySet().stream()
                .map(e -> new SignOffView.Round(e.getKey(), e.getValue())).toList();
        String unitName = signOffs.unitName(s.organizationId(), s.unitId()).orElse(null);
        return new SignOffView(s, unitName, rounds, signOffs.comments(s.id(), THREAD_LIMIT),
                actions(actor, s, steps, approvers, actingFor));
    }

    private SignOffView.Actions actions(Actor actor, SignOff s, List<StepRow> steps, List<ApproverRow> approvers,
                                        List<Long> actingFor) {
        boolean requester = SignOffVisibility.isRequester(actor, s) || actor.isAdmin();
        boolean mayStartRound = s.status() == SignOffStatus.REJECTED || (s.status() == SignOffStatus.APPROVED && s.stale());
        if (!s.isOpen()) {
            return new SignOffView.Actions(List.of(), List.of(), true, false, requester && mayStartRound);
        }
        Long me = actor.personId();
        long openStep = steps.stream().filter(st -> st.round() == s.round() && Objects.equals(st.ordinal(), s.currentStep()))
                .mapToLong(StepRow::id).findFirst().orElse(-1);
        List<ApproverRow> undecided = approvers.stream().filter(a -> a.round() == s.round() && a.decision() == null).toList();
        List<SignOffView.Choice> decideFor = undecided.stream().filter(a -> a.stepId() == openStep)
                .filter(a -> Objects.equals(a.personId(), me) || actingFor.contains(a.personId()))
                .map(a -> new SignOffView.Choice(a.personId(), a.name(), Objects.equals(a.personId(), me)))
                .sorted((x, y) -> Boolean.compare(y.self(), x.self())).toList();
        List<SignOffView.Choice> delegateFor = undecided.stream()
                .filter(a -> actor.isAdmin() || Objects.equals(a.personId(), me))
                .map(a -> new SignOffView.Choice(a.personId(), a.name(), Objects.equals(a.personId(), me)))
                .distinct().toList();
        return new SignOffView.Actions(decideFor, delegateFor, true, requester, false);
    }
}
