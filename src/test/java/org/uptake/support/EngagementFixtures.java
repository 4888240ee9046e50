package org.uptake.support;

import java.time.LocalDate;
import java.util.List;
import org.uptake.engagement.communication.Channel;
import org.uptake.engagement.communication.Communication;
import org.uptake.engagement.communication.CommunicationForm;
import org.uptake.engagement.communication.CommunicationService;
import org.uptake.engagement.communication.MessageType;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.engagement.stakeholder.Stakeholder;
import org.uptake.engagement.stakeholder.StakeholderForm;
import org.uptake.engagement.stakeholder.StakeholderKind;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.program.ProgramRole;
import org.uptake.program.ProgramTeamService;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;

/** Stakeholders and program-team accounts for the engagement module's tests, built through the real services. */
public final class EngagementFixtures {

    private final Fixtures fixtures;

    public EngagementFixtures(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public static StakeholderForm person(long personId, int influence, int interest, Attitude attitude, String... concerns) {
        var f = new StakeholderForm();
        f.setKind(StakeholderKind.PERSON);
        f.setPersonId(personId);
        f.setInfluence(influence);
        f.setInterest(interest);
        f.setAttitude(attitude);
        f.setConcerns(List.of(concerns).stream().map(c -> new StakeholderForm.ConcernForm(c, null)).toList());
        return f;
    }

    public static StakeholderForm group(String name, int influence, int interest, Attitude attitude) {
        var f = new StakeholderForm();
        f.setKind(StakeholderKind.GROUP);
        f.setName(name);
        f.setInfluence(influence);
        f.setInterest(interest);
        f.setAttitude(attitude);
        return f;
    }

    /** An e-mail item for the audience (unit ids and stakeholder ids), planned on the date. */
    public static CommunicationForm email(String title, LocalDate on, List<Long> unitIds, List<Long> stakeholderIds) {
        var f = new CommunicationForm();
        f.setTitle(title);
        f.setMessageType(MessageType.UPCOMING_CHANGE);
        f.setChannel(Channel.EMAIL);
        f.setPlannedOn(on);
        f.setSubject("Orders move to the new system");
        f.setBody("From Monday orders are entered in the new system. Your key user helps you on the floor.");
        f.setUnitIds(unitIds);
        f.setStakeholderIds(stakeholderIds);
        return f;
    }

    public Communication plan(Actor coordinator, long programId, CommunicationForm form) {
        return fixtures.bean(CommunicationService.class).create(coordinator, programId, form);
    }

    public Stakeholder add(Actor coordinator, long programId, StakeholderForm form) {
        return fixtures.bean(StakeholderService.class).create(coordinator, programId, form);
    }

    /** An EMPLOYEE account for an existing person (the sponsor, a trainer) so the test can act as them. */
    public Actor accountOf(Actor admin, long personId) {
        return fixtures.account(admin.organizationId(), personId, "person-" + Fixtures.next(), Role.EMPLOYEE);
    }

    /** A new person with an EMPLOYEE account who holds the role in the program's team. */
    public Actor teamMember(Actor admin, Actor coordinator, long programId, ProgramRole role) {
        Actor member = fixtures.user(admin, null, Role.EMPLOYEE);
        fixtures.bean(ProgramTeamService.class).addMember(coordinator, programId, member.personId(), role);
        return member;
    }
}
