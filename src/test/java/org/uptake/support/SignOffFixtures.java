package org.uptake.support;

import java.util.Arrays;
import java.util.List;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.DecisionForm;
import org.uptake.approval.SignOff;
import org.uptake.approval.SignOffDecision;
import org.uptake.approval.SignOffDraft;
import org.uptake.approval.SignOffService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/** Sign-off requests and decisions made through the real service, for the approval tests and the matrix. */
public final class SignOffFixtures {

    private final Fixtures fixtures;
    private final SignOffService signOffs;

    private SignOffFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.signOffs = fixtures.bean(SignOffService.class);
    }

    public static SignOffFixtures of(Fixtures fixtures) {
        return new SignOffFixtures(fixtures);
    }

    /** A person with an active employee account who can be asked for sign-offs. */
    public Actor approver(Actor admin, Long unitId) {
        return fixtures.user(admin, unitId, Role.EMPLOYEE);
    }

    /** An ad-hoc, one-step request. */
    public SignOff request(Actor requester, ApprovalRule rule, Integer quorum, Actor... approvers) {
        return request(requester, null, rule, quorum, approvers);
    }

    public SignOff request(Actor requester, Long unitId, ApprovalRule rule, Integer quorum, Actor... approvers) {
        List<Long> ids = Arrays.stream(approvers).map(Actor::personId).toList();
        return signOffs.request(requester, SignOffDraft.about(SignOffDraft.FREE_TEXT, null, "Request " + Fixtures.next(), null)
                .withUnit(unitId).withStep(new SignOffDraft.Step("Approvers", ids, rule, quorum)));
    }

    public SignOff request(Actor requester, SignOffDraft draft) {
        return signOffs.request(requester, draft);
    }

    public SignOff decide(Actor approver, long id, SignOffDecision decision, String comment, String... conditions) {
        int version = signOffs.find(approver, id).orElseThrow().version();
        return signOffs.decide(approver, id, new DecisionForm(decision, comment, List.of(conditions), null, null, version));
    }

    public SignOff approve(Actor approver, long id) {
        return decide(approver, id, SignOffDecision.APPROVED, null);
    }

    public SignOff reject(Actor approver, long id, String reason) {
        return decide(approver, id, SignOffDecision.REJECTED, reason);
    }

    public SignOffService service() {
        return signOffs;
    }
}
