package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uptake.shared.Actor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

/** Every refusal of the issue, through the service: a clear reason, and nothing changed. */
class SignOffBadInputTests extends IntegrationTest {

    private SignOffFixtures signOffs;
    private Actor admin;
    private Actor anna;
    private Actor boris;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        admin = fixtures.newOrganization();
        anna = signOffs.approver(admin, null);
        boris = signOffs.approver(admin, null);
    }

    private String state(long id) {
        return jdbc.sql("""
                select s.status || ' v' || s.version || ' r' || s.round || ' decided ' ||
                       (select count(*) from sign_off_approver a where a.sign_off_id = s.id and a.decision is not null) ||
                       ' audit ' || (select count(*) from audit_entry e where e.entity_type = 'sign_off' and e.entity_id = s.id)
                from sign_off s where s.id = ?""").param(id).query(String.class).single();
    }

    private long requests() {
        return jdbc.sql("select count(*) from sign_off where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    private static String code(Throwable e) {
        return e instanceof InvalidInputException i ? i.violations().getFirst().code()
                : e instanceof SignOffRefusedException r ? r.code() : e.getClass().getSimpleName();
    }

    @Test
    void refusesADecisionBySomeoneWhoIsNotAnApprover() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.approve(admin, s.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.notApprover"));
        assertThat(state(s.id())).isEqualTo(before);
    }

    @Test
    void refusesADecisionAfterTheRequestWasDecided() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna, boris);
        signOffs.approve(anna, s.id());
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.reject(boris, s.id(), "Too late"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.closed"));
        assertThat(state(s.id())).isEqualTo(before);
    }

    @Test
    void refusesADecisionByADeactivatedAccount() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        jdbc.sql("update user_account set status = 'DEACTIVATED' where id = ?").param(anna.userId()).update();
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.approve(anna, s.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.inactiveAccount"));
        assertThat(state(s.id())).isEqualTo(before);
    }

    @Test
    void refusesASecondDecisionByTheSameApprover() {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, anna, boris);
        signOffs.approve(anna, s.id());
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.reject(anna, s.id(), "Changed my mind"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.alreadyDecided"));
        assertThat(state(s.id())).isEqualTo(before);
    }

    @Test
    void refusesADecisionOnACancelledRequest() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        signOffs.service().cancel(admin, s.id(), new NoteForm(null, 0));
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.approve(anna, s.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.cancelled"));
        assertThat(state(s.id())).isEqualTo(before);
    }

    @Test
    void refusesADecisionOnAStaleVersion() {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, anna, boris);
        signOffs.approve(anna, s.id());
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.service().decide(boris, s.id(),
                new DecisionForm(SignOffDecision.APPROVED, null, null, null, null, 0)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(state(s.id())).isEqualTo(before);
    }

    static Stream<Arguments> badQuorums() {
        return Stream.of(Arguments.of(3), Arguments.of(0), Arguments.of(-1), Arguments.of((Integer) null));
    }

    @ParameterizedTest(name = "quorum {0} of 2")
    @MethodSource("badQuorums")
    void refusesAQuorumOutsideOneToTheNumberOfApprovers(Integer quorum) {
        assertThatThrownBy(() -> signOffs.request(admin, ApprovalRule.QUORUM, quorum, anna, boris))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().getFirst().field()).isEqualTo("steps[0].quorum");
                    assertThat(e.violations().getFirst().code()).isEqualTo("approval.error.quorumRange");
                });
        assertThat(requests()).isZero();
    }

    @Test
    void refusesARequestWithoutApprovers() {
        assertThatThrownBy(() -> signOffs.request(admin, ApprovalRule.ANY, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.noApprovers"));
        assertThatThrownBy(() -> signOffs.request(admin, SignOffDraft.about("free", null, "No steps", null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.noApprovers"));
        assertThat(requests()).isZero();
    }

    @Test
    void reportsEveryProblemOfADraftAtOnce() {
        Actor foreigner = signOffs.approver(fixtures.newOrganization(), null);
        var draft = new SignOffDraft("Bad Type!", null, " ", null, "javascript:alert(1)", -5L, LocalDate.now().minusDays(3),
                List.of(new SignOffDraft.Step(null, List.of(anna.personId(), anna.personId()), ApprovalRule.ALL, null),
                        new SignOffDraft.Step(null, List.of(foreigner.personId()), ApprovalRule.ANY, null)));
        assertThatThrownBy(() -> signOffs.request(admin, draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("subjectType approval.error.subjectType", "title NotBlank",
                                "linkPath approval.error.linkPath", "unitId approval.error.unitUnknown",
                                "dueOn approval.error.dueInPast",
                                "steps[0].approverPersonIds approval.error.duplicateApprover",
                                "steps[1].approverPersonIds approval.error.approverUnknown"));
        assertThat(requests()).isZero();
    }

    @Test
    void refusesARejectionWithoutReasonAndConditionsWithoutAConditionalApproval() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.reject(anna, s.id(), "  "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.reasonRequired"));
        assertThatThrownBy(() -> signOffs.decide(anna, s.id(), SignOffDecision.APPROVED, null, "A condition"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.conditionsNeedConditionalApproval"));
        assertThatThrownBy(() -> signOffs.decide(anna, s.id(), SignOffDecision.APPROVED_WITH_CONDITIONS, "ok"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.conditionsRequired"));
        assertThat(state(s.id())).isEqualTo(before);
    }

    @Test
    void refusesANewRoundWhileTheRequestIsOpenAndCancellingByOthers() {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        String before = state(s.id());
        assertThatThrownBy(() -> signOffs.service().newRound(admin, s.id(), new NoteForm(null, 0)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("approval.error.roundNotAllowed"));
        assertThatThrownBy(() -> signOffs.service().cancel(anna, s.id(), new NoteForm(null, 0)))
                .isInstanceOf(org.uptake.shared.error.ForbiddenException.class);
        assertThat(state(s.id())).isEqualTo(before);
    }
}
