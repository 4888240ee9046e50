package org.uptake.matrix;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.uptake.matrix.Endpoint.ADMINS;
import static org.uptake.matrix.Endpoint.EVERYONE;
import static org.uptake.matrix.Endpoint.Target.NONE;
import static org.uptake.matrix.Endpoint.Target.ORGANIZATION;
import static org.uptake.matrix.Endpoint.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.governance.acknowledgement.AcknowledgementRequest;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.document.DocumentForm;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.document.TemplateService;
import org.uptake.governance.group.GroupKind;
import org.uptake.governance.group.MemberForm;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.TieRule;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupForm;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.governance.meeting.AttendanceForm;
import org.uptake.governance.meeting.DecisionService;
import org.uptake.governance.meeting.Meeting;
import org.uptake.governance.meeting.MeetingForm;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.governance.meeting.ProposalForm;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.GovernanceFixtures;

/**
 * Matrix rows of governance. Each group has a chair without an account, the world's employee as
 * secretary and the unit head as a member, all present at its meetings: only the secretary keeps
 * the minutes, records attendance and puts questions to the vote; only members present vote.
 * Admins and coordinators form groups and draft documents; only admins write templates. A
 * document in force is addressed to the employee, who alone of the non-readers sees it.
 */
final class GovernanceMatrixRows {

    static final Set<Role> FORMERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR);
    static final Set<Role> SCHEDULERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYEE);
    static final Set<Role> SECRETARY = EnumSet.of(Role.EMPLOYEE);
    static final Set<Role> PRESENT = EnumSet.of(Role.EMPLOYEE, Role.UNIT_HEAD);
    static final Set<Role> DOCUMENT_READERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.EMPLOYEE);

    private GovernanceMatrixRows() {
    }

    static WorkingGroupService groups(World w) {
        return w.fixtures().bean(WorkingGroupService.class);
    }

    static WorkingGroup bareGroup(World w) {
        return groups(w).create(w.admin(), new WorkingGroupForm(GroupKind.WORKING_GROUP, "Matrix group " + Fixtures.next(), null,
                null, 50, TieRule.CHAIR_DECIDES, 0));
    }

    static WorkingGroup group(World w) {
        WorkingGroup g = bareGroup(w);
        long chair = w.fixtures().person(w.admin(), "Matrix chair " + Fixtures.next(), null, null).id();
        groups(w).addMember(w.admin(), g.id(), new MemberForm(chair, MemberRole.CHAIR, null), 0);
        groups(w).addMember(w.admin(), g.id(), new MemberForm(w.user(Role.EMPLOYEE).personId(), MemberRole.SECRETARY, null), 1);
        groups(w).addMember(w.admin(), g.id(), new MemberForm(w.user(Role.UNIT_HEAD).personId(), MemberRole.MEMBER, "Votes"), 2);
        return groups(w).get(w.admin(), g.id());
    }

    static Meeting meeting(World w) {
        return w.fixtures().bean(MeetingService.class).schedule(w.admin(), group(w).id(),
                new MeetingForm(LocalDate.of(2030, 3, 4), "Room", "Agenda", 0));
    }

    static Meeting held(World w) {
        Meeting m = meeting(w);
        MeetingService meetings = w.fixtures().bean(MeetingService.class);
        List<Long> all = meetings.attendees(w.admin(), m.id()).stream().map(a -> a.personId()).toList();
        return meetings.recordAttendance(w.user(Role.EMPLOYEE), m.id(), new AttendanceForm(all, 0));
    }

    static String decision(World w) {
        Meeting m = held(w);
        long d = w.fixtures().bean(DecisionService.class).propose(w.user(Role.EMPLOYEE), m.id(),
                new ProposalForm("Approve?", null, null, null)).id();
        return "/api/v1/meetings/" + m.id() + "/decisions/" + d;
    }

    static long ownTemplate(World w) {
        TemplateService templates = w.fixtures().bean(TemplateService.class);
        return templates.copy(w.admin(), new GovernanceFixtures(w.fixtures()).builtIn(w.admin(), "minutes", "en").id()).id();
    }

    static DocumentInstance draft(World w) {
        return w.fixtures().bean(DocumentInstanceService.class).create(w.admin(), new DocumentForm(
                new GovernanceFixtures(w.fixtures()).builtIn(w.admin(), "wg-order", "en").id(), "Matrix order", null,
                group(w).id(), null, null, null, Map.of(), 0));
    }

    /** A document in force, addressed to the employee. */
    static long addressed(World w) {
        DocumentInstance d = new GovernanceFixtures(w.fixtures()).inForce(w.admin(), draft(w), "MX-" + Fixtures.next());
        w.fixtures().bean(AcknowledgementService.class).request(w.admin(), d.id(),
                new AcknowledgementRequest(List.of(w.user(Role.EMPLOYEE).personId()), null, null, null));
        return d.id();
    }

    static List<Endpoint> all() {
        List<Endpoint> rows = new java.util.ArrayList<>(groupsAndMeetings());
        rows.addAll(documents());
        rows.addAll(GovernancePageRows.all());
        rows.addAll(GovernanceActRows.all());
        return rows;
    }

    private static List<Endpoint> groupsAndMeetings() {
        String groupJson = "{\"kind\":\"COMMISSION\",\"name\":\"Attestation commission\",\"quorumPercent\":60,\"tieRule\":\"REJECTED\",\"version\":0}";
        return List.of(
                api(GET, "/api/v1/working-groups", EVERYONE, NONE, (w, own) -> "/api/v1/working-groups", (w, own) -> null),
                api(GET, "/api/v1/working-groups/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1/working-groups/" + bareGroup(w).id(), (w, own) -> null),
                api(POST, "/api/v1/working-groups", FORMERS, NONE, (w, own) -> "/api/v1/working-groups", (w, own) -> groupJson),
                api(PUT, "/api/v1/working-groups/{id}", FORMERS, ORGANIZATION, (w, own) -> "/api/v1/working-groups/" + bareGroup(w).id(), (w, own) -> groupJson),
                api(GET, "/api/v1/working-groups/{id}/members", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1/working-groups/" + group(w).id() + "/members", (w, own) -> null),
                api(POST, "/api/v1/working-groups/{id}/members", FORMERS, ORGANIZATION,
                        (w, own) -> "/api/v1/working-groups/" + bareGroup(w).id() + "/members?version=0",
                        (w, own) -> "{\"personId\":" + w.fixtures().person(w.admin(), "Member " + Fixtures.next(), null, null).id() + ",\"role\":\"MEMBER\"}"),
                api(DELETE, "/api/v1/working-groups/{id}/members/{memberId}", FORMERS, ORGANIZATION, (w, own) -> {
                    WorkingGroup g = group(w);
                    return "/api/v1/working-groups/" + g.id() + "/members/" + groups(w).members(w.admin(), g.id()).getLast().id() + "?version=" + g.version();
                }, (w, own) -> null),
                api(GET, "/api/v1/working-groups/{groupId}/meetings", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1/working-groups/" + group(w).id() + "/meetings", (w, own) -> null),
                api(POST, "/api/v1/working-groups/{groupId}/meetings", SCHEDULERS, ORGANIZATION, (w, own) -> "/api/v1/working-groups/" + group(w).id() + "/meetings",
                        (w, own) -> "{\"heldOn\":\"2030-03-05\",\"agenda\":\"1. Plan\",\"version\":0}"),
                api(GET, "/api/v1/meetings/{id}", EVERYONE, ORGANIZATION, (w, own) -> "/api/v1/meetings/" + meeting(w).id(), (w, own) -> null),
                api(PUT, "/api/v1/meetings/{id}", SCHEDULERS, ORGANIZATION, (w, own) -> "/api/v1/meetings/" + meeting(w).id(),
                        (w, own) -> "{\"heldOn\":\"2030-03-06\",\"agenda\":\"1. Plan\",\"version\":0}"),
                api(PUT, "/api/v1/meetings/{id}/attendance", SECRETARY, ORGANIZATION, (w, own) -> "/api/v1/meetings/" + meeting(w).id() + "/attendance",
                        (w, own) -> "{\"presentPersonIds\":[],\"version\":0}"),
                api(PUT, "/api/v1/meetings/{id}/minutes", SECRETARY, ORGANIZATION, (w, own) -> "/api/v1/meetings/" + meeting(w).id() + "/minutes",
                        (w, own) -> "{\"minutes\":\"Heard\",\"version\":0}"),
                api(POST, "/api/v1/meetings/{id}/close", SECRETARY, ORGANIZATION, (w, own) -> "/api/v1/meetings/" + held(w).id() + "/close?version=1", (w, own) -> null),
                api(POST, "/api/v1/meetings/{id}/decisions", SECRETARY, ORGANIZATION, (w, own) -> "/api/v1/meetings/" + held(w).id() + "/decisions",
                        (w, own) -> "{\"question\":\"Approve the plan?\"}"),
                api(POST, "/api/v1/meetings/{id}/decisions/{decisionId}/votes", PRESENT, ORGANIZATION, (w, own) -> decision(w) + "/votes",
                        (w, own) -> "{\"choice\":\"FOR\"}"),
                api(POST, "/api/v1/meetings/{id}/decisions/{decisionId}/count", SECRETARY, ORGANIZATION, (w, own) -> decision(w) + "/count?version=0", (w, own) -> null),
                api(POST, "/api/v1/meetings/{id}/decisions/{decisionId}/dissents", PRESENT, ORGANIZATION, (w, own) -> decision(w) + "/dissents",
                        (w, own) -> "{\"text\":\"I disagree\"}"));
    }

    private static List<Endpoint> documents() {
        String templateJson = "{\"code\":\"own-%d\",\"kind\":\"MINUTES\",\"language\":\"en\",\"jurisdiction\":\"NO\",\"title\":\"Own\",\"body\":\"<p>{{group.name}}</p>\",\"version\":0}";
        return List.of(
                api(GET, "/api/v1/document-templates", FORMERS, NONE, (w, own) -> "/api/v1/document-templates", (w, own) -> null),
                api(GET, "/api/v1/document-templates/{id}", FORMERS, ORGANIZATION, (w, own) -> "/api/v1/document-templates/" + ownTemplate(w), (w, own) -> null),
                api(POST, "/api/v1/document-templates", ADMINS, NONE, (w, own) -> "/api/v1/document-templates", (w, own) -> templateJson.formatted(Fixtures.next())),
                api(PUT, "/api/v1/document-templates/{id}", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/document-templates/" + ownTemplate(w),
                        (w, own) -> templateJson.formatted(Fixtures.next())),
                api(POST, "/api/v1/document-templates/{id}/copy", ADMINS, ORGANIZATION, (w, own) -> "/api/v1/document-templates/" + ownTemplate(w) + "/copy", (w, own) -> null),
                api(GET, "/api/v1/documents", EVERYONE, NONE, (w, own) -> "/api/v1/documents", (w, own) -> null),
                api(GET, "/api/v1/documents/{id}", DOCUMENT_READERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + addressed(w), (w, own) -> null),
                api(POST, "/api/v1/documents", FORMERS, NONE, (w, own) -> "/api/v1/documents", (w, own) -> "{\"templateId\":"
                        + new GovernanceFixtures(w.fixtures()).builtIn(w.admin(), "wg-regulation", "ru").id() + ",\"title\":\"Положение\",\"fields\":{\"region\":\"Москвы\"},\"version\":0}"),
                api(PUT, "/api/v1/documents/{id}", FORMERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + draft(w).id(), (w, own) -> "{\"templateId\":"
                        + new GovernanceFixtures(w.fixtures()).builtIn(w.admin(), "wg-order", "en").id() + ",\"title\":\"Changed\",\"version\":0}"),
                api(POST, "/api/v1/documents/{id}/{step}", FORMERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + draft(w).id() + "/cancel",
                        (w, own) -> "{\"reason\":\"Wrong\",\"version\":0}"),
                api(POST, "/api/v1/documents/{id}/signed-copy", FORMERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + draft(w).id() + "/signed-copy?version=0",
                        (w, own) -> "file:signed.pdf\n%PDF-1.4 signed"),
                api(GET, "/api/v1/documents/{id}/file", DOCUMENT_READERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + addressed(w) + "/file?format=docx", (w, own) -> null),
                api(POST, "/api/v1/documents/{id}/acknowledgements", FORMERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + addressed(w) + "/acknowledgements",
                        (w, own) -> "{\"personIds\":[" + w.user(Role.UNIT_HEAD).personId() + "]}"),
                api(GET, "/api/v1/documents/{id}/acknowledgements", DOCUMENT_READERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + addressed(w) + "/acknowledgements", (w, own) -> null),
                api(GET, "/api/v1/documents/{id}/acknowledgements/counts", DOCUMENT_READERS, ORGANIZATION, (w, own) -> "/api/v1/documents/" + addressed(w) + "/acknowledgements/counts", (w, own) -> null),
                api(POST, "/api/v1/documents/{id}/acknowledge", SECRETARY, ORGANIZATION, (w, own) -> "/api/v1/documents/" + addressed(w) + "/acknowledge?revision=1", (w, own) -> null),
                api(POST, "/api/v1/documents/{id}/acknowledgements/{personId}/paper", FORMERS, ORGANIZATION,
                        (w, own) -> "/api/v1/documents/" + addressed(w) + "/acknowledgements/" + w.user(Role.EMPLOYEE).personId() + "/paper",
                        (w, own) -> "file:sheet.pdf\n%PDF-1.4 sheet"),
                api(GET, "/api/v1/acknowledgements/mine", EVERYONE, NONE, (w, own) -> "/api/v1/acknowledgements/mine", (w, own) -> null));
    }
}
