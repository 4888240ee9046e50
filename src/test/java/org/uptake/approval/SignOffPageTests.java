package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

class SignOffPageTests extends IntegrationTest {

    private SignOffFixtures signOffs;
    private Actor admin;
    private Actor coordinator;
    private Actor anna;
    private Actor boris;

    @BeforeEach
    void organisation() {
        signOffs = SignOffFixtures.of(fixtures);
        admin = fixtures.newOrganization();
        coordinator = fixtures.user(admin, null, Role.COORDINATOR);
        anna = signOffs.approver(admin, null);
        boris = signOffs.approver(admin, null);
    }

    private long count() {
        return jdbc.sql("select count(*) from sign_off where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    @Test
    void createsARequestWithTwoStepsThroughTheForm() throws Exception {
        mvc.perform(post("/sign-offs").with(as(coordinator)).with(csrf())
                        .param("title", "New shift schedule").param("description", "From 1 March")
                        .param("dueOn", java.time.LocalDate.now().plusDays(5).toString())
                        .param("steps[0].name", "Unit head").param("steps[0].rule", "ANY")
                        .param("steps[0].approverPersonIds", String.valueOf(anna.personId()))
                        .param("steps[1].name", "Sponsor").param("steps[1].rule", "ALL")
                        .param("steps[1].approverPersonIds", String.valueOf(boris.personId())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/sign-offs/*"));
        SignOff s = signOffs.service().list(coordinator, new SignOffFilter(SignOffFilter.View.MINE, null),
                org.uptake.shared.paging.PageRequest.first(5)).items().stream().findFirst()
                .map(r -> signOffs.service().get(coordinator, r.id())).orElseThrow();
        assertThat(s.title()).isEqualTo("New shift schedule");
        mvc.perform(get("/sign-offs/" + s.id()).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New shift schedule")))
                .andExpect(content().string(containsString("Unit head")))
                .andExpect(content().string(containsString("Sponsor")))
                .andExpect(content().string(containsString("History")))
                .andExpect(content().string(not(containsString("sign-off-decide"))));
    }

    @Test
    void showsFormErrorsInlineAndStoresNothing() throws Exception {
        mvc.perform(post("/sign-offs").with(as(coordinator)).with(csrf())
                        .param("title", "").param("steps[0].rule", "QUORUM").param("steps[0].quorum", "3")
                        .param("steps[0].approverPersonIds", String.valueOf(anna.personId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/sign-offs").with(as(coordinator)).with(csrf())
                        .param("title", "Quorum too big").param("steps[0].rule", "QUORUM").param("steps[0].quorum", "3")
                        .param("steps[0].approverPersonIds", String.valueOf(anna.personId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The quorum must be between 1 and the number of approvers (1).")));
        mvc.perform(post("/sign-offs").with(as(coordinator)).with(csrf()).param("title", "Nobody asked")
                        .param("steps[0].rule", "ANY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one approver.")));
        assertThat(count()).isZero();
    }

    @Test
    void theApproverDecidesOnTheRequestPageAndTheInboxMovesItToDecided() throws Exception {
        SignOff s = signOffs.request(coordinator, ApprovalRule.ANY, null, anna);
        mvc.perform(get("/sign-offs").with(as(anna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sign-offs-waiting")))
                .andExpect(content().string(containsString(s.title())));
        mvc.perform(get("/sign-offs/" + s.id()).with(as(anna)))
                .andExpect(content().string(containsString("sign-off-decide")));
        mvc.perform(post("/sign-offs/" + s.id() + "/decide").with(as(anna)).with(csrf())
                        .param("outcome", "APPROVED_WITH_CONDITIONS").param("conditionsText", "Train the night shift\n\nUpdate the manual")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sign-offs/" + s.id()).with(as(coordinator)))
                .andExpect(content().string(containsString("Approved with conditions")))
                .andExpect(content().string(containsString("Update the manual")));
        mvc.perform(get("/sign-offs").with(as(anna)))
                .andExpect(content().string(containsString("Nothing is waiting for your sign-off.")));
    }

    @Test
    void explainsARefusedDecisionOnThePageAndChangesNothing() throws Exception {
        SignOff s = signOffs.request(coordinator, ApprovalRule.ALL, null, anna, boris);
        signOffs.approve(anna, s.id());
        mvc.perform(post("/sign-offs/" + s.id() + "/decide").with(as(anna)).with(csrf())
                        .param("outcome", "REJECTED").param("comment", "Changed my mind").param("version", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This decision has already been made")));
        mvc.perform(post("/sign-offs/" + s.id() + "/decide").with(as(coordinator)).with(csrf())
                        .param("outcome", "APPROVED").param("version", "1"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You are not an approver of this request")));
        mvc.perform(post("/sign-offs/" + s.id() + "/decide").with(as(boris)).with(csrf())
                        .param("outcome", "APPROVED").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(signOffs.service().get(coordinator, s.id()).version()).isEqualTo(1);
        assertThat(signOffs.service().get(coordinator, s.id()).status()).isEqualTo(SignOffStatus.OPEN);
    }

    @Test
    void commentsArriveInTheThreadWithHtmx() throws Exception {
        SignOff s = signOffs.request(coordinator, ApprovalRule.ANY, null, anna);
        mvc.perform(post("/sign-offs/" + s.id() + "/comments").with(as(anna)).with(csrf()).header("HX-Request", "true")
                        .param("body", "<b>Which stations?</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;Which stations?&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void offersPeopleByNameAndAddsTheChosenApproverAsAChip() throws Exception {
        mvc.perform(get("/sign-offs/people").param("q", "User").param("step", "1").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose-person-" + anna.personId())));
        mvc.perform(get("/sign-offs/approver").param("personId", String.valueOf(anna.personId())).param("step", "1")
                        .with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"steps[1].approverPersonIds\"")))
                .andExpect(content().string(containsString("hx-swap-oob")));
        mvc.perform(get("/sign-offs/new/step").param("index", "1").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("steps[1].rule")));
    }

    @Test
    void theHomePageShowsWhatWaitsForMySignOff() throws Exception {
        SignOff s = signOffs.request(coordinator, ApprovalRule.ANY, null, anna);
        mvc.perform(get("/").with(as(anna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("panel-sign-offs")))
                .andExpect(content().string(containsString(s.title())));
        mvc.perform(get("/").with(as(boris)))
                .andExpect(content().string(not(containsString("panel-sign-offs"))));
    }

    @Test
    void delegatesForAPeriodOnTheDelegationsPage() throws Exception {
        mvc.perform(post("/sign-offs/delegations").with(as(anna)).with(csrf())
                        .param("toPersonId", String.valueOf(boris.personId()))
                        .param("startsOn", java.time.LocalDate.now().toString())
                        .param("endsOn", java.time.LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The end date is before the start date.")));
        mvc.perform(post("/sign-offs/delegations").with(as(anna)).with(csrf())
                        .param("toPersonId", String.valueOf(boris.personId()))
                        .param("startsOn", java.time.LocalDate.now().toString())
                        .param("endsOn", java.time.LocalDate.now().plusDays(3).toString()).param("reason", "Holiday"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sign-offs/delegations").with(as(boris)))
                .andExpect(content().string(containsString("Holiday")));
    }
}
