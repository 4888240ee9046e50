package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

/** Who sees a request: its parties, admins and coordinators, and the heads of its unit; nobody else. */
class SignOffVisibilityTests extends IntegrationTest {

    private SignOffFixtures signOffs;
    private Actor admin;
    private Actor requester;
    private Actor approver;
    private Actor head;
    private Actor otherHead;
    private Actor viewer;
    private Unit region;
    private Unit station;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        admin = fixtures.newOrganization();
        region = fixtures.unit(admin, "North region", null);
        station = fixtures.unit(admin, "Station 1", region.id());
        Unit other = fixtures.unit(admin, "South region", null);
        requester = fixtures.user(admin, station.id(), Role.EMPLOYEE);
        approver = signOffs.approver(admin, null);
        head = fixtures.user(admin, region.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, region, head.personId());
        head = withHead(head);
        otherHead = fixtures.user(admin, other.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, other, otherHead.personId());
        otherHead = withHead(otherHead);
        viewer = fixtures.user(admin, null, Role.VIEWER);
    }

    private static Actor withHead(Actor a) {
        var roles = new java.util.HashSet<>(a.roles());
        roles.add(Role.UNIT_HEAD);
        return new Actor(a.userId(), a.organizationId(), a.personId(), a.username(), a.displayName(), roles, false, "en", "UTC");
    }

    @Test
    void partiesCoordinatorsAndTheHeadsOfTheUnitSeeTheRequestAndOthersAreToldItDoesNotExist() {
        SignOff s = signOffs.request(requester, station.id(), ApprovalRule.ANY, null, approver);
        Actor coordinator = fixtures.user(admin, null, Role.COORDINATOR);
        for (Actor sees : new Actor[]{requester, approver, admin, coordinator, head}) {
            assertThat(signOffs.service().view(sees, s.id()).signOff().id()).isEqualTo(s.id());
        }
        for (Actor blind : new Actor[]{otherHead, viewer, fixtures.user(admin, station.id(), Role.EMPLOYEE)}) {
            assertThatThrownBy(() -> signOffs.service().view(blind, s.id())).isInstanceOf(NotFoundException.class);
        }
        Actor foreignAdmin = fixtures.newOrganization();
        assertThatThrownBy(() -> signOffs.service().view(foreignAdmin, s.id())).isInstanceOf(NotFoundException.class);
        assertThat(signOffs.service().find(foreignAdmin, s.id())).isEmpty();
    }

    @Test
    void theAllListShowsAHeadTheirUnitsRequestsAndAViewerOnlyTheirOwn() {
        SignOff inRegion = signOffs.request(requester, station.id(), ApprovalRule.ANY, null, approver);
        SignOff elsewhere = signOffs.request(admin, null, ApprovalRule.ANY, null, approver);
        var all = new SignOffFilter(SignOffFilter.View.ALL, null);
        assertThat(signOffs.service().list(head, all, PageRequest.first(10)).items()).extracting(SignOffRow::id)
                .containsExactly(inRegion.id());
        assertThat(signOffs.service().list(admin, all, PageRequest.first(10)).items()).extracting(SignOffRow::id)
                .containsExactly(elsewhere.id(), inRegion.id());
        assertThat(signOffs.service().list(viewer, all, PageRequest.first(10)).items()).isEmpty();
        assertThat(signOffs.service().list(approver, new SignOffFilter(SignOffFilter.View.MINE, null), PageRequest.first(10))
                .items()).hasSize(2);
    }

    @Test
    void listsArePagedByKeyset() {
        for (int i = 0; i < 5; i++) {
            signOffs.request(admin, ApprovalRule.ANY, null, approver);
        }
        var first = signOffs.service().list(approver, SignOffFilter.waiting(), new PageRequest(null, null, 2));
        var second = signOffs.service().list(approver, SignOffFilter.waiting(), new PageRequest(null, first.next(), 2));
        var third = signOffs.service().list(approver, SignOffFilter.waiting(), new PageRequest(null, second.next(), 2));
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(2);
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        var mine = signOffs.service().list(admin, new SignOffFilter(SignOffFilter.View.MINE, SignOffStatus.OPEN),
                new PageRequest(null, null, 3));
        assertThat(signOffs.service().list(admin, new SignOffFilter(SignOffFilter.View.MINE, SignOffStatus.OPEN),
                new PageRequest(null, mine.next(), 3)).items()).hasSize(2);
    }
}
