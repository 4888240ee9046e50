package org.uptake.support;

import java.util.List;
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
