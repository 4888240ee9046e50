package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.Target.UNIT;
import static org.uptake.matrix.Endpoint.api;
import static org.uptake.matrix.Endpoint.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uptake.approval.ApprovalRule;
import org.uptake.approval.SignOff;
import org.uptake.approval.delegation.Delegation;
import org.uptake.approval.delegation.DelegationForm;
import org.uptake.approval.delegation.DelegationService;
import org.uptake.shared.Role;
import org.uptake.support.SignOffFixtures;

/**
 * Matrix rows of the sign-offs. Each record is requested by the admin about the head's unit (or
 * another unit) with the employee as its only approver: admins and coordinators see every
 * request, the employee as approver, the unit head only in their own unit, the viewer none.
 * Only the approver decides; only the requester (here the admin) cancels or starts a round. Period
 * delegations go to a fresh person, so no role user comes to act for the employee in later rows.
 */
final class ApprovalMatrixRows {

    private static final Set<Role> SEERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.UNIT_HEAD, Role.EMPLOYEE);
    private static final Set<Role> REQUESTERS = SEERS;
    private static final Set<Role> APPROVER = EnumSet.of(Role.EMPLOYEE);
    private static final Set<Role> APPROVER_OR_ADMIN = EnumSet.of(Role.EMPLOYEE, Role.ADMIN);
    private static final Set<Role> REQUESTER = EnumSet.of(Role.ADMIN);

    private ApprovalMatrixRows() {
    }

    private static SignOff signOff(World w, boolean inHeadsUnit) {
        return SignOffFixtures.of(w.fixtures()).request(w.admin(), w.unit(inHeadsUnit), ApprovalRule.ANY, null,
                w.user(Role.EMPLOYEE));
    }

    private static long open(World w, boolean inHeadsUnit) {
        return signOff(w, inHeadsUnit).id();
    }

    private static long rejected(World w) {
        long id = open(w, true);
        SignOffFixtures.of(w.fixtures()).reject(w.user(Role.EMPLOYEE), id, "Not ready");
        return id;
    }

    /**
     * A person outside the roles under test: a period delegation to one of them would let them act
     * for the employee in every later row of the shared world.
     */
    private static long stranger(World w) {
        return w.fixtures().user(w.admin(), null, Role.EMPLOYEE).personId();
    }

    private static long delegation(World w) {
        var form = new DelegationForm();
        form.setToPersonId(stranger(w));
        form.setStartsOn(LocalDate.now());
        form.setEndsOn(LocalDate.now().plusDays(3));
        Delegation d = w.fixtures().bean(DelegationService.class).createForPeriod(w.user(Role.EMPLOYEE), form, LocalDate.now());
        return d.id();
    }

    private static String requestForm(World w) {
        return "title=Matrix+request&steps%5B0%5D.approverPersonIds=" + w.admin().personId() + "&steps%5B0%5D.rule=ANY";
    }

    private static String requestJson(World w) {
        return "{\"title\":\"Matrix request\",\"steps\":[{\"approverPersonIds\":[" + w.admin().personId()
                + "],\"rule\":\"ANY\"}]}";
    }

    private static String delegateForm(World w) {
        return "toPersonId=" + w.user(Role.COORDINATOR).personId() + "&approverPersonId=" + w.user(Role.EMPLOYEE).personId();
    }

    private static String delegateJson(World w) {
        return "{\"toPersonId\":" + w.user(Role.COORDINATOR).personId() + ",\"approverPersonId\":"
                + w.user(Role.EMPLOYEE).personId() + "}";
    }

    private static String periodForm(World w) {
        return "toPersonId=" + stranger(w) + "&startsOn=" + LocalDate.now() + "&endsOn="
                + LocalDate.now().plusDays(2);
    }

    private static String periodJson(World w) {
        return "{\"toPersonId\":" + stranger(w) + ",\"startsOn\":\"" + LocalDate.now()
                + "\",\"endsOn\":\"" + LocalDate.now().plusDays(2) + "\"}";
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new ArrayList<>(pages());
        rows.addAll(apis());
        return rows;
    }

    static List<Endpoint> pages() {
        return List.of(
                page(GET, "/sign-offs", EVERYONE, NONE, (w, own) -> "/sign-offs?tab=all&q=a"),
                page(GET, "/sign-offs/rows", EVERYONE, NONE, (w, own) -> "/sign-offs/rows?view=ALL"),
                page(GET, "/sign-offs/new", REQUESTERS, NONE, (w, own) -> "/sign-offs/new"),
                page(POST, "/sign-offs", REQUESTERS, NONE, (w, own) -> "/sign-offs", (w, own) -> requestForm(w)),
                page(GET, "/sign-offs/new/step", REQUESTERS, NONE, (w, own) -> "/sign-offs/new/step?index=1"),
                page(GET, "/sign-offs/people", EVERYONE, NONE, (w, own) -> "/sign-offs/people?q=a&step=0"),
                page(GET, "/sign-offs/approver", EVERYONE, ORGANIZATION,
                        (w, own) -> "/sign-offs/approver?step=0&personId=" + w.admin().personId()),
                page(GET, "/sign-offs/{id}", SEERS, UNIT, (w, own) -> "/sign-offs/" + open(w, own)),
                page(POST, "/sign-offs/{id}/decide", APPROVER, ORGANIZATION,
                        (w, own) -> "/sign-offs/" + open(w, own) + "/decide", (w, own) -> "outcome=APPROVED&version=0"),
                page(POST, "/sign-offs/{id}/comments", SEERS, UNIT,
                        (w, own) -> "/sign-offs/" + open(w, own) + "/comments", (w, own) -> "body=Looks+fine"),
                page(POST, "/sign-offs/{id}/delegate", APPROVER_OR_ADMIN, ORGANIZATION,
                        (w, own) -> "/sign-offs/" + open(w, own) + "/delegate", (w, own) -> delegateForm(w)),
                page(POST, "/sign-offs/{id}/cancel", REQUESTER, ORGANIZATION,
                        (w, own) -> "/sign-offs/" + open(w, own) + "/cancel", (w, own) -> "version=0"),
                page(POST, "/sign-offs/{id}/rounds", REQUESTER, ORGANIZATION,
                        (w, own) -> "/sign-offs/" + rejected(w) + "/rounds", (w, own) -> "version=1"),
                page(GET, "/sign-offs/delegations", EVERYONE, NONE, (w, own) -> "/sign-offs/delegations"),
                page(POST, "/sign-offs/delegations", EVERYONE, NONE, (w, own) -> "/sign-offs/delegations",
                        (w, own) -> periodForm(w)),
                page(POST, "/sign-offs/delegations/{id}/revoke", APPROVER_OR_ADMIN, ORGANIZATION,
                        (w, own) -> "/sign-offs/delegations/" + delegation(w) + "/revoke", (w, own) -> "version=0"));
    }

    static List<Endpoint> apis() {
        return List.of(
                api(GET, "/api/v1/sign-offs", EVERYONE, NONE, (w, own) -> "/api/v1/sign-offs?view=ALL", (w, own) -> null),
                api(GET, "/api/v1/sign-offs/{id}", SEERS, UNIT, (w, own) -> "/api/v1/sign-offs/" + open(w, own),
                        (w, own) -> null),
                api(POST, "/api/v1/sign-offs", REQUESTERS, NONE, (w, own) -> "/api/v1/sign-offs", (w, own) -> requestJson(w)),
                api(POST, "/api/v1/sign-offs/{id}/decisions", APPROVER, ORGANIZATION,
                        (w, own) -> "/api/v1/sign-offs/" + open(w, own) + "/decisions",
                        (w, own) -> "{\"outcome\":\"APPROVED\",\"version\":0}"),
                api(POST, "/api/v1/sign-offs/{id}/comments", SEERS, UNIT,
                        (w, own) -> "/api/v1/sign-offs/" + open(w, own) + "/comments", (w, own) -> "{\"body\":\"Fine\"}"),
                api(POST, "/api/v1/sign-offs/{id}/delegations", APPROVER_OR_ADMIN, ORGANIZATION,
                        (w, own) -> "/api/v1/sign-offs/" + open(w, own) + "/delegations", (w, own) -> delegateJson(w)),
                api(POST, "/api/v1/sign-offs/{id}/cancel", REQUESTER, ORGANIZATION,
                        (w, own) -> "/api/v1/sign-offs/" + open(w, own) + "/cancel", (w, own) -> "{\"version\":0}"),
                api(POST, "/api/v1/sign-offs/{id}/rounds", REQUESTER, ORGANIZATION,
                        (w, own) -> "/api/v1/sign-offs/" + rejected(w) + "/rounds", (w, own) -> "{\"version\":1}"),
                api(GET, "/api/v1/sign-offs/delegations", EVERYONE, NONE, (w, own) -> "/api/v1/sign-offs/delegations",
                        (w, own) -> null),
                api(POST, "/api/v1/sign-offs/delegations", EVERYONE, NONE, (w, own) -> "/api/v1/sign-offs/delegations",
                        (w, own) -> periodJson(w)),
                api(DELETE, "/api/v1/sign-offs/delegations/{id}", APPROVER_OR_ADMIN, ORGANIZATION,
                        (w, own) -> "/api/v1/sign-offs/delegations/" + delegation(w) + "?version=0", (w, own) -> null));
    }
}
