package org.uptake.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.uptake.governance.acknowledgement.AcknowledgementRequest;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.document.DocumentForm;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.document.DocumentLifecycle;
import org.uptake.governance.document.DocumentTemplate;
import org.uptake.governance.document.LifecycleForm;
import org.uptake.governance.document.TemplateService;
import org.uptake.governance.group.GroupKind;
import org.uptake.governance.group.MemberForm;
import org.uptake.governance.group.MemberRole;
import org.uptake.governance.group.TieRule;
import org.uptake.governance.group.WorkingGroup;
import org.uptake.governance.group.WorkingGroupForm;
import org.uptake.governance.group.WorkingGroupService;
import org.uptake.governance.meeting.AttendanceForm;
import org.uptake.governance.meeting.Meeting;
import org.uptake.governance.meeting.MeetingForm;
import org.uptake.governance.meeting.MeetingService;
import org.uptake.org.person.Person;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/**
 * The working group of P7 stage 1 through the real services: an admin, a chair, a secretary and
 * two members with accounts (all employees), a group with a quorum of 50% and the chair deciding
 * ties, a meeting, and the built-in order and regulation templates.
 */
public final class GovernanceFixtures {

    public static final LocalDate DAY = LocalDate.of(2030, 3, 4);

    private final Fixtures fixtures;

    public GovernanceFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public record Committee(Actor admin, WorkingGroup group, Actor chair, Actor secretary, Actor member, Actor other,
                            Actor outsider) {

        public List<Actor> members() {
            return List.of(chair, secretary, member, other);
        }
    }

    public Committee committee(TieRule tieRule, Long programId) {
        Actor admin = fixtures.newOrganization();
        var unit = fixtures.unit(admin, "HR", null);
        Actor chair = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        Actor secretary = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        Actor member = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        Actor other = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        Actor outsider = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        return committee(admin, chair, secretary, member, other, outsider, tieRule, programId);
    }

    public Committee committee(Actor admin, Actor chair, Actor secretary, Actor member, Actor other, Actor outsider,
                               TieRule tieRule, Long programId) {
        WorkingGroup group = groups().create(admin, new WorkingGroupForm(GroupKind.WORKING_GROUP,
                "Working group for professional standards", "Phased transition to professional standards", programId, 50,
                tieRule, 0));
        add(admin, group, chair, MemberRole.CHAIR);
        add(admin, group, secretary, MemberRole.SECRETARY);
        add(admin, group, member, MemberRole.MEMBER);
        add(admin, group, other, MemberRole.MEMBER);
        return new Committee(admin, groups().get(admin, group.id()), chair, secretary, member, other, outsider);
    }

    private void add(Actor admin, WorkingGroup group, Actor who, MemberRole role) {
        int version = groups().get(admin, group.id()).version();
        groups().addMember(admin, group.id(), new MemberForm(who.personId(), role, null), version);
    }

    public Meeting meeting(Committee c) {
        return meetings().schedule(c.secretary(), c.group().id(), new MeetingForm(DAY, "Room 1", "1. Action plan", 0));
    }

    /** A meeting with the given people present (recorded by the secretary). */
    public Meeting meetingWith(Committee c, Actor... present) {
        Meeting m = meeting(c);
        return meetings().recordAttendance(c.secretary(), m.id(),
                new AttendanceForm(java.util.Arrays.stream(present).map(Actor::personId).toList(), m.version()));
    }

    public DocumentTemplate builtIn(Actor actor, String code, String language) {
        return fixtures.bean(TemplateService.class).list(actor).stream()
                .filter(t -> t.builtIn() && t.code().equals(code) && t.language().equals(language)).findFirst().orElseThrow();
    }

    /** The order creating the working group, signed off by the admin's person, registered and in force. */
    public DocumentInstance orderInForce(Committee c, String number) {
        Person head = fixtures.person(c.admin(), "Head Of Organisation", null, null);
        DocumentInstance d = documents().create(c.admin(), new DocumentForm(builtIn(c.admin(), "wg-order", "ru").id(),
                "Приказ о создании рабочей группы", null, c.group().id(), null, head.id(), null,
                Map.of("city", "Москва", "hrHead", "Иванова Анна Петровна", "acknowledgeBy", "10.03.2030"), 0));
        return inForce(c.admin(), d, number);
    }

    public DocumentInstance inForce(Actor admin, DocumentInstance d, String number) {
        DocumentLifecycle lifecycle = fixtures.bean(DocumentLifecycle.class);
        d = lifecycle.sendForSignOff(admin, d.id(), new LifecycleForm(List.of(admin.personId()), null, null, null, d.version()));
        SignOffFixtures.of(fixtures).approve(admin, d.signOffId());
        d = documents().get(admin, d.id());
        d = lifecycle.register(admin, d.id(), new LifecycleForm(null, number, DAY, null, d.version()));
        return lifecycle.putInForce(admin, d.id(), new LifecycleForm(null, null, DAY, null, d.version()));
    }

    public int sendToGroup(Committee c, DocumentInstance d) {
        return fixtures.bean(AcknowledgementService.class).request(c.admin(), d.id(),
                new AcknowledgementRequest(List.of(), c.group().id(), null, DAY.plusDays(7)));
    }

    public WorkingGroupService groups() {
        return fixtures.bean(WorkingGroupService.class);
    }

    public MeetingService meetings() {
        return fixtures.bean(MeetingService.class);
    }

    public DocumentInstanceService documents() {
        return fixtures.bean(DocumentInstanceService.class);
    }
}
