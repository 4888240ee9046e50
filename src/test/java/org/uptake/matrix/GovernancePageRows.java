package org.uptake.matrix;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.page;
import static org.uptake.matrix.GovernanceMatrixRows.DOCUMENT_READERS;
import static org.uptake.matrix.GovernanceMatrixRows.FORMERS;
import static org.uptake.matrix.GovernanceMatrixRows.PRESENT;
import static org.uptake.matrix.GovernanceMatrixRows.SCHEDULERS;
import static org.uptake.matrix.GovernanceMatrixRows.SECRETARY;
import static org.uptake.matrix.GovernanceMatrixRows.addressed;
import static org.uptake.matrix.GovernanceMatrixRows.bareGroup;
import static org.uptake.matrix.GovernanceMatrixRows.decision;
import static org.uptake.matrix.GovernanceMatrixRows.draft;
import static org.uptake.matrix.GovernanceMatrixRows.group;
import static org.uptake.matrix.GovernanceMatrixRows.groups;
import static org.uptake.matrix.GovernanceMatrixRows.held;
import static org.uptake.matrix.GovernanceMatrixRows.meeting;
import static org.uptake.matrix.GovernanceMatrixRows.ownTemplate;

import java.util.List;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.GovernanceFixtures;

/** The governance pages: the same people may do the same things as through the API (see {@link GovernanceMatrixRows}). */
final class GovernancePageRows {

    private static final String GROUP_FORM = "kind=COMMISSION&name=Attestation+commission&quorumPercent=60&tieRule=REJECTED&version=0";
    private static final String TEMPLATE_FORM = "code=own-%d&kind=MINUTES&language=en&jurisdiction=NO&title=Own&body=%%3Cp%%3E%%7B%%7Bgroup.name%%7D%%7D%%3C%%2Fp%%3E&version=0";

    private GovernancePageRows() {
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new java.util.ArrayList<>(groupsAndMeetings());
        rows.addAll(documents());
        return rows;
    }

    private static List<Endpoint> groupsAndMeetings() {
        return List.of(
                page(GET, "/working-groups", EVERYONE, NONE, (w, own) -> "/working-groups"),
                page(GET, "/working-groups/new", FORMERS, NONE, (w, own) -> "/working-groups/new"),
                page(POST, "/working-groups", FORMERS, NONE, (w, own) -> "/working-groups", (w, own) -> GROUP_FORM),
                page(GET, "/working-groups/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/working-groups/" + group(w).id()),
                page(GET, "/working-groups/{id}/edit", FORMERS, ORGANIZATION, (w, own) -> "/working-groups/" + bareGroup(w).id() + "/edit"),
                page(POST, "/working-groups/{id}", FORMERS, ORGANIZATION, (w, own) -> "/working-groups/" + bareGroup(w).id(), (w, own) -> GROUP_FORM),
                page(POST, "/working-groups/{id}/members", FORMERS, ORGANIZATION, (w, own) -> "/working-groups/" + bareGroup(w).id() + "/members",
                        (w, own) -> "role=MEMBER&version=0&personId=" + w.fixtures().person(w.admin(), "Member " + Fixtures.next(), null, null).id()),
                page(POST, "/working-groups/{id}/members/{memberId}/delete", FORMERS, ORGANIZATION, (w, own) -> {
                    WorkingGroup g = group(w);
                    return "/working-groups/" + g.id() + "/members/" + groups(w).members(w.admin(), g.id()).getLast().id() + "/delete";
                }, (w, own) -> "version=3"),
                page(POST, "/working-groups/{id}/meetings", SCHEDULERS, ORGANIZATION, (w, own) -> "/working-groups/" + group(w).id() + "/meetings",
                        (w, own) -> "heldOn=2030-03-05&agenda=1.+Plan&version=0"),
                page(GET, "/meetings/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/meetings/" + held(w).id()),
                page(POST, "/meetings/{id}", SCHEDULERS, ORGANIZATION, (w, own) -> "/meetings/" + meeting(w).id(),
                        (w, own) -> "heldOn=2030-03-06&agenda=1.+Plan&version=0"),
                page(POST, "/meetings/{id}/attendance", SECRETARY, ORGANIZATION, (w, own) -> "/meetings/" + meeting(w).id() + "/attendance",
                        (w, own) -> "version=0"),
                page(POST, "/meetings/{id}/minutes", SECRETARY, ORGANIZATION, (w, own) -> "/meetings/" + meeting(w).id() + "/minutes",
                        (w, own) -> "minutes=Heard&version=0"),
                page(POST, "/meetings/{id}/close", SECRETARY, ORGANIZATION, (w, own) -> "/meetings/" + held(w).id() + "/close", (w, own) -> "version=1"),
                page(POST, "/meetings/{id}/decisions", SECRETARY, ORGANIZATION, (w, own) -> "/meetings/" + held(w).id() + "/decisions",
                        (w, own) -> "question=Approve+the+plan%3F"),
                page(POST, "/meetings/{id}/decisions/{decisionId}/votes", PRESENT, ORGANIZATION, (w, own) -> pagePath(decision(w)) + "/votes",
                        (w, own) -> "choice=FOR"),
                page(POST, "/meetings/{id}/decisions/{decisionId}/count", SECRETARY, ORGANIZATION, (w, own) -> pagePath(decision(w)) + "/count",
                        (w, own) -> "version=0"),
                page(POST, "/meetings/{id}/decisions/{decisionId}/dissents", PRESENT, ORGANIZATION, (w, own) -> pagePath(decision(w)) + "/dissents",
                        (w, own) -> "text=I+disagree"));
    }

    private static List<Endpoint> documents() {
        return List.of(
                page(GET, "/documents", EVERYONE, NONE, (w, own) -> "/documents"),
                page(GET, "/documents/new", FORMERS, NONE, (w, own) -> "/documents/new?templateId="
                        + new GovernanceFixtures(w.fixtures()).builtIn(w.admin(), "wg-order", "ru").id()),
                page(POST, "/documents", FORMERS, NONE, (w, own) -> "/documents", (w, own) -> "title=Order&templateId="
                        + new GovernanceFixtures(w.fixtures()).builtIn(w.admin(), "wg-order", "en").id()),
                page(GET, "/documents/{id}", DOCUMENT_READERS, ORGANIZATION, (w, own) -> "/documents/" + addressed(w)),
                page(GET, "/documents/{id}/file", DOCUMENT_READERS, ORGANIZATION, (w, own) -> "/documents/" + addressed(w) + "/file?format=pdf"),
                page(POST, "/documents/{id}/lifecycle/{step}", FORMERS, ORGANIZATION, (w, own) -> "/documents/" + draft(w).id() + "/lifecycle/cancel",
                        (w, own) -> "reason=Wrong&version=0"),
                page(POST, "/documents/{id}/signed-copy", FORMERS, ORGANIZATION, (w, own) -> "/documents/" + draft(w).id() + "/signed-copy?version=0",
                        (w, own) -> "file:signed.pdf\n%PDF-1.4 signed"),
                page(POST, "/documents/{id}/acknowledge", SECRETARY, ORGANIZATION, (w, own) -> "/documents/" + addressed(w) + "/acknowledge",
                        (w, own) -> "revision=1"),
                page(POST, "/documents/{id}/acknowledgements", FORMERS, ORGANIZATION, (w, own) -> "/documents/" + addressed(w) + "/acknowledgements",
                        (w, own) -> "personId=" + w.user(Role.UNIT_HEAD).personId()),
                page(POST, "/documents/{id}/acknowledgements/{personId}/paper", FORMERS, ORGANIZATION,
                        (w, own) -> "/documents/" + addressed(w) + "/acknowledgements/" + w.user(Role.EMPLOYEE).personId() + "/paper",
                        (w, own) -> "file:sheet.pdf\n%PDF-1.4 sheet"),
                page(GET, "/document-templates", FORMERS, NONE, (w, own) -> "/document-templates"),
                page(GET, "/document-templates/new", ADMINS, NONE, (w, own) -> "/document-templates/new"),
                page(POST, "/document-templates", ADMINS, NONE, (w, own) -> "/document-templates", (w, own) -> TEMPLATE_FORM.formatted(Fixtures.next())),
                page(GET, "/document-templates/{id}", FORMERS, ORGANIZATION, (w, own) -> "/document-templates/" + ownTemplate(w)),
                page(GET, "/document-templates/{id}/edit", ADMINS, ORGANIZATION, (w, own) -> "/document-templates/" + ownTemplate(w) + "/edit"),
                page(POST, "/document-templates/{id}", ADMINS, ORGANIZATION, (w, own) -> "/document-templates/" + ownTemplate(w),
                        (w, own) -> TEMPLATE_FORM.formatted(Fixtures.next())),
                page(POST, "/document-templates/{id}/copy", ADMINS, ORGANIZATION, (w, own) -> "/document-templates/" + ownTemplate(w) + "/copy"));
    }

    /** The API path of a decision as its page path. */
    private static String pagePath(String apiPath) {
        return apiPath.replace("/api/v1", "");
    }
}
