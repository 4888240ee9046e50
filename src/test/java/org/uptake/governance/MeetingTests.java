package org.uptake.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.governance.group.TieRule;
import org.uptake.governance.meeting.Decision;
import org.uptake.governance.meeting.DecisionService;
import org.uptake.governance.meeting.DecisionStatus;
import org.uptake.governance.meeting.Meeting;
import org.uptake.governance.meeting.ProposalForm;
import org.uptake.governance.meeting.VoteChoice;
import org.uptake.governance.meeting.VoteForm;
import org.uptake.shared.Actor;
import org.uptake.support.Fixtures;
import org.uptake.support.GovernanceFixtures;
import org.uptake.support.GovernanceFixtures.Committee;
import org.uptake.support.IntegrationTest;

class MeetingTests extends IntegrationTest {

    private GovernanceFixtures governance() {
        return new GovernanceFixtures(fixtures);
    }

    private DecisionService decisions() {
        return fixtures.bean(DecisionService.class);
    }

    private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Actor actor,
                               String body) throws Exception {
        return mvc.perform(request.with(api(actor)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor api(Actor actor) {
        return Fixtures.bearer(fixtures.token(actor, "read", "write"));
    }

    private long propose(Committee c, Meeting m) {
        return decisions().propose(c.secretary(), m.id(), new ProposalForm("Approve the action plan", null, null, null)).id();
    }

    private void vote(Committee c, Meeting m, long decision, Actor voter, VoteChoice choice) {
        decisions().vote(voter, m.id(), decision, new VoteForm(choice, null));
    }

    @Test
    void adoptsByMajorityOfMembersPresentAndRecordsEveryVote() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        long d = propose(c, m);
        vote(c, m, d, c.chair(), VoteChoice.FOR);
        vote(c, m, d, c.secretary(), VoteChoice.FOR);
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/votes"), c.member(), "{\"choice\":\"AGAINST\"}")
                .andExpect(status().isOk());

        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/count?version=0"), c.chair(), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.votesFor").value(2)).andExpect(jsonPath("$.votesAgainst").value(1))
                .andExpect(jsonPath("$.presentCount").value(3));
        mvc.perform(get("/api/v1/meetings/" + m.id()).with(api(c.outsider())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.votes.length()").value(3));
    }

    @Test
    void aTieIsDecidedByTheChairOrRejectedAsTheGroupSays() {
        Committee chairDecides = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(chairDecides, chairDecides.chair(), chairDecides.member());
        long d = propose(chairDecides, m);
        vote(chairDecides, m, d, chairDecides.chair(), VoteChoice.FOR);
        vote(chairDecides, m, d, chairDecides.member(), VoteChoice.AGAINST);
        Decision decided = decisions().count(chairDecides.chair(), m.id(), d, 0);
        assertThat(decided.status()).isEqualTo(DecisionStatus.ADOPTED);
        assertThat(decided.chairDecided()).isTrue();

        Committee rejects = governance().committee(TieRule.REJECTED, null);
        Meeting m2 = governance().meetingWith(rejects, rejects.chair(), rejects.member());
        long d2 = propose(rejects, m2);
        vote(rejects, m2, d2, rejects.chair(), VoteChoice.FOR);
        vote(rejects, m2, d2, rejects.member(), VoteChoice.AGAINST);
        assertThat(decisions().count(rejects.chair(), m2.id(), d2, 0).status()).isEqualTo(DecisionStatus.REJECTED);
    }

    @Test
    void refusesADecisionWithoutQuorumAndDecidesNothing() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(c, c.secretary());
        json(post("/api/v1/meetings/" + m.id() + "/decisions"), c.secretary(), "{\"question\":\"Approve the plan\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("governance.error.noQuorum"));
        assertThat(jdbc.sql("select count(*) from meeting_decision where meeting_id = ?").param(m.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void refusesVotesByNonMembersAndAbsentMembersAndRecordsNone() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        long d = propose(c, m);
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/votes"), c.outsider(), "{\"choice\":\"FOR\"}")
                .andExpect(status().isForbidden());
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/votes"), c.other(), "{\"choice\":\"FOR\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.absent"));
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/votes"), c.secretary(),
                "{\"choice\":\"FOR\",\"personId\":" + c.outsider().personId() + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("governance.error.notMember"));
        assertThat(jdbc.sql("select count(*) from meeting_vote where decision_id = ?").param(d).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheSecretaryEditsTheMinutesAndAStaleEditIsAConflict() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        json(put("/api/v1/meetings/" + m.id() + "/minutes"), c.chair(), "{\"minutes\":\"Chair's text\",\"version\":" + m.version() + "}")
                .andExpect(status().isForbidden());
        json(put("/api/v1/meetings/" + m.id() + "/minutes"), c.admin(), "{\"minutes\":\"Admin's text\",\"version\":" + m.version() + "}")
                .andExpect(status().isForbidden());
        json(put("/api/v1/meetings/" + m.id() + "/minutes"), c.secretary(), "{\"minutes\":\"Heard the chair.\",\"version\":" + m.version() + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value("Heard the chair."));
        json(put("/api/v1/meetings/" + m.id() + "/minutes"), c.secretary(), "{\"minutes\":\"Overwritten\",\"version\":" + m.version() + "}")
                .andExpect(status().isConflict());
        assertThat(governance().meetings().get(c.admin(), m.id()).minutes()).isEqualTo("Heard the chair.");
    }

    @Test
    void recordsADissentingOpinionInWritingOncePerMember() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        long d = propose(c, m);
        vote(c, m, d, c.member(), VoteChoice.AGAINST);
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/dissents"), c.member(), "{\"text\":\"The deadlines are too short.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("The deadlines are too short."));
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/dissents"), c.member(), "{\"text\":\"Again\"}")
                .andExpect(status().isBadRequest());
        json(post("/api/v1/meetings/" + m.id() + "/decisions/" + d + "/dissents"), c.other(), "{\"text\":\"Absent view\"}")
                .andExpect(status().isBadRequest());
        assertThat(governance().meetings().record(c.admin(), m.id()).dissents()).hasSize(1);
    }

    @Test
    void anAdoptedDecisionCreatesItsTaskInTheGroupsProgramAndARejectedOneDoesNot() {
        var programs = new org.uptake.support.ProgramFixtures(fixtures);
        var world = programs.world();
        long program = programs.program(world, "P1").id();
        Actor admin = world.admin();
        Committee c = governance().committee(admin, fixtures.user(admin, null, org.uptake.shared.Role.EMPLOYEE),
                fixtures.user(admin, null, org.uptake.shared.Role.EMPLOYEE), fixtures.user(admin, null, org.uptake.shared.Role.EMPLOYEE),
                fixtures.user(admin, null, org.uptake.shared.Role.EMPLOYEE), fixtures.user(admin, null, org.uptake.shared.Role.EMPLOYEE),
                TieRule.CHAIR_DECIDES, program);
        Meeting m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        long adopted = decisions().propose(c.secretary(), m.id(), new ProposalForm("Publish the plan", "Publish the action plan",
                c.secretary().personId(), GovernanceFixtures.DAY.plusDays(7))).id();
        long rejected = decisions().propose(c.secretary(), m.id(), new ProposalForm("Hire a consultant", "Hire", null, null)).id();
        for (Actor a : java.util.List.of(c.chair(), c.secretary(), c.member())) {
            vote(c, m, adopted, a, VoteChoice.FOR);
            vote(c, m, rejected, a, VoteChoice.AGAINST);
        }
        Decision done = decisions().count(c.chair(), m.id(), adopted, 0);
        decisions().count(c.chair(), m.id(), rejected, 0);

        assertThat(done.taskId()).isNotNull();
        assertThat(jdbc.sql("select title from program_task where program_id = ? and id = ?").params(program, done.taskId())
                .query(String.class).single()).isEqualTo("Publish the action plan");
        assertThat(jdbc.sql("select count(*) from program_task where program_id = ? and title = 'Hire'").param(program)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTaskNeedsTheGroupToBelongToAProgram() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meetingWith(c, c.chair(), c.secretary(), c.member());
        json(post("/api/v1/meetings/" + m.id() + "/decisions"), c.secretary(), "{\"question\":\"Q\",\"taskTitle\":\"T\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("governance.error.taskWithoutProgram"));
    }

    @Test
    void anotherOrganisationsMeetingIsNotFound() throws Exception {
        Committee c = governance().committee(TieRule.CHAIR_DECIDES, null);
        Meeting m = governance().meeting(c);
        Actor stranger = fixtures.newOrganization();
        mvc.perform(get("/api/v1/meetings/" + m.id()).with(api(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/working-groups/" + c.group().id()).with(api(stranger))).andExpect(status().isNotFound());
    }
}
