package org.uptake.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.EngagementFixtures.group;
import static org.uptake.support.EngagementFixtures.person;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.engagement.stakeholder.ActivityForm;
import org.uptake.engagement.stakeholder.AnchoringService;
import org.uptake.engagement.stakeholder.Attitude;
import org.uptake.engagement.stakeholder.GridPoint;
import org.uptake.engagement.stakeholder.Stakeholder;
import org.uptake.engagement.stakeholder.StakeholderForm;
import org.uptake.engagement.stakeholder.StakeholderService;
import org.uptake.program.Program;
import org.uptake.program.ProgramRole;
import org.uptake.shared.Role;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.EngagementFixtures;
import org.uptake.support.ProgramFixtures;
import org.uptake.support.ProgramTest;

/** The stakeholder register: people and groups on the influence × interest grid, their concerns, anchoring activities. */
class StakeholderTests extends ProgramTest {

    private EngagementFixtures engagement;

    @BeforeEach
    void engagementFixtures() {
        engagement = new EngagementFixtures(fixtures);
    }

    private StakeholderService stakeholders() {
        return fixtures.bean(StakeholderService.class);
    }

    private long count(long programId) {
        return jdbc.sql("select count(*) from engagement_stakeholder where program_id = ?").param(programId).query(Long.class).single();
    }

    @Test
    void registersPeopleAndGroupsWithConcernsAndPlacesThemOnTheGrid() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var head = person(w.it().id(), 4, 5, Attitude.SCEPTICAL, "Will I lose my job?", "Who enters the old orders?");
        head.getConcerns().get(0).setResponse("Nobody is dismissed; the roles change, and training is paid time");
        Stakeholder it = engagement.add(w.coordinator(), p.id(), head);
        var union = group("Works council", 5, 2, Attitude.RESISTANT);
        union.setInternal(false);
        union.setEmail("council@example.com");
        Stakeholder council = engagement.add(w.coordinator(), p.id(), union);

        assertThat(it.displayName()).isEqualTo("IT Person");
        assertThat(it.quadrant()).isEqualTo("manageClosely");
        assertThat(it.concerns()).extracting(c -> c.concern() + "|" + c.addressed())
                .containsExactly("Will I lose my job?|true", "Who enters the old orders?|false");
        assertThat(council.internal()).isFalse();
        assertThat(council.quadrant()).isEqualTo("keepSatisfied");
        assertThat(stakeholders().grid(w.coordinator(), p.id())).extracting(GridPoint::name, GridPoint::influence, GridPoint::interest)
                .containsExactlyInAnyOrder(tuple("IT Person", 4, 5), tuple("Works council", 5, 2));
        var first = stakeholders().list(w.coordinator(), p.id(), null, new PageRequest(null, null, 1));
        var second = stakeholders().list(w.coordinator(), p.id(), null, new PageRequest(null, first.next(), 1));
        assertThat(first.items()).extracting(Stakeholder::displayName).containsExactly("Works council");
        assertThat(second.items()).extracting(Stakeholder::displayName).containsExactly("IT Person");
        assertThat(stakeholders().list(w.coordinator(), p.id(), Attitude.RESISTANT, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void onlyTheCoordinatorsTheSponsorAndAdminsSeeTheRegister() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        engagement.add(w.coordinator(), p.id(), person(w.it().id(), 3, 3, Attitude.NEUTRAL));
        var sponsor = engagement.accountOf(w.admin(), w.sponsor().id());
        var deputy = engagement.teamMember(w.admin(), w.coordinator(), p.id(), ProgramRole.DEPUTY);
        var member = engagement.teamMember(w.admin(), w.coordinator(), p.id(), ProgramRole.MEMBER);
        var trainer = engagement.accountOf(w.admin(), w.trainer().id());
        var viewer = fixtures.user(w.admin(), null, Role.VIEWER);

        assertThat(stakeholders().grid(sponsor, p.id())).hasSize(1);
        assertThat(stakeholders().grid(deputy, p.id())).hasSize(1);
        assertThat(stakeholders().grid(w.admin(), p.id())).hasSize(1);
        for (var outsider : List.of(member, trainer, viewer)) {
            assertThatThrownBy(() -> stakeholders().grid(outsider, p.id())).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> engagement.add(sponsor, p.id(), group("Customers", 2, 2, Attitude.NEUTRAL)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(count(p.id())).isEqualTo(1);
    }

    @Test
    void refusesAPersonOfAnotherOrganisationAndChangesNothing() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        var otherAdmin = fixtures.newOrganization();
        var stranger = fixtures.person(otherAdmin, "Stranger", null, null);

        assertThatThrownBy(() -> engagement.add(w.coordinator(), p.id(), person(stranger.id(), 3, 3, Attitude.NEUTRAL)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("stakeholder.error.person"));
        assertThatThrownBy(() -> stakeholders().grid(otherAdmin, p.id())).isInstanceOf(NotFoundException.class);
        assertThat(count(p.id())).isZero();
    }

    @Test
    void refusesMalformedInputWithFieldErrorsAndStoresNothing() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        String token = fixtures.token(w.coordinator());
        String url = "/api/v1/programs/" + p.id() + "/stakeholders";

        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GROUP\",\"name\":\"Mechanics\",\"influence\":9,\"interest\":3,\"attitude\":\"NEUTRAL\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("influence"));
        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GROUP\",\"name\":\"Mechanics\",\"influence\":3,\"interest\":3,\"attitude\":\"ANGRY\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GROUP\",\"influence\":3,\"interest\":3,\"attitude\":\"NEUTRAL\",\"email\":\"not-mail\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("name", "email")));
        mvc.perform(post(url).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        assertThat(count(p.id())).isZero();
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Stakeholder s = engagement.add(w.coordinator(), p.id(), group("Mechanics", 2, 4, Attitude.SCEPTICAL));
        StakeholderForm edit = StakeholderForm.of(s);
        edit.setAttitude(Attitude.SUPPORTIVE);
        stakeholders().update(w.coordinator(), p.id(), s.id(), edit);

        mvc.perform(put("/api/v1/programs/" + p.id() + "/stakeholders/" + s.id()).with(bearer(fixtures.token(w.coordinator())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GROUP\",\"name\":\"Mechanics\",\"influence\":1,\"interest\":1,\"attitude\":\"RESISTANT\",\"version\":0}"))
                .andExpect(status().isConflict());
        Stakeholder now = stakeholders().get(w.coordinator(), p.id(), s.id());
        assertThat(now.attitude()).isEqualTo(Attitude.SUPPORTIVE);
        assertThat(now.influence()).isEqualTo(2);
    }

    @Test
    void anchoringActivitiesLinkStakeholdersToPlanTasksOfTheSameProgramOnly() {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        Program other = programFixtures.program(w, "P1");
        var task = programFixtures.task(w.coordinator(), p, "training");
        var foreign = programFixtures.task(w.coordinator(), other, "training");
        Stakeholder s = engagement.add(w.coordinator(), p.id(), person(w.it().id(), 4, 4, Attitude.SCEPTICAL));
        AnchoringService activities = fixtures.bean(AnchoringService.class);
        var form = new ActivityForm();
        form.setStakeholderId(s.id());
        form.setTitle("Invite to the pilot as key user");
        form.setTaskId(task.id());

        var created = activities.create(w.coordinator(), p.id(), form);
        form.setTaskId(foreign.id());

        assertThat(created.taskTitle()).isEqualTo(task.title());
        assertThat(created.stakeholderName()).isEqualTo("IT Person");
        assertThatThrownBy(() -> activities.create(w.coordinator(), p.id(), form))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().code()).isEqualTo("stakeholder.error.task"));
        assertThat(activities.list(w.coordinator(), p.id(), s.id())).hasSize(1);
    }

    @Test
    void theStakeholdersTabShowsTheGridAndAddsAStakeholderWithConcerns() throws Exception {
        ProgramFixtures.World w = programFixtures.world();
        Program p = programFixtures.program(w, "P1");
        mvc.perform(post("/programs/" + p.id() + "/stakeholders").with(as(w.coordinator())).with(csrf())
                        .param("kind", "GROUP").param("name", "Station mechanics").param("internal", "true")
                        .param("influence", "2").param("interest", "5").param("attitude", "RESISTANT")
                        .param("concerns[0].concern", "Will I lose my job?").param("concerns[0].response", "No: roles change")
                        .param("concerns[1].concern", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programs/" + p.id() + "/stakeholders").with(as(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Station mechanics")))
                .andExpect(content().string(Matchers.containsString("Will I lose my job?")))
                .andExpect(content().string(Matchers.containsString("data-chart=\"stakeholder-grid\"")))
                .andExpect(content().string(Matchers.containsString("/vendor/echarts/echarts.min.js")));
        mvc.perform(get("/programs/" + p.id()).with(as(w.coordinator())))
                .andExpect(content().string(Matchers.containsString("/programs/" + p.id() + "/stakeholders")));
        var member = engagement.teamMember(w.admin(), w.coordinator(), p.id(), ProgramRole.MEMBER);
        mvc.perform(get("/programs/" + p.id()).with(as(member)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/programs/" + p.id() + "/stakeholders"))));
        mvc.perform(get("/programs/" + p.id() + "/stakeholders").with(as(member))).andExpect(status().isForbidden());
    }
}
