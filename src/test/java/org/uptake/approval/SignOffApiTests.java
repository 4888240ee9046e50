package org.uptake.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.SignOffFixtures;

class SignOffApiTests extends IntegrationTest {

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

    private String state(long id) {
        return jdbc.sql("""
                select s.status || ' v' || s.version || ' ' ||
                       (select count(*) from sign_off_approver a where a.sign_off_id = s.id and a.decision is not null)
                from sign_off s where s.id = ?""").param(id).query(String.class).single();
    }

    private String json(String path, Actor actor, String body) throws Exception {
        return mvc.perform(post(path).with(bearer(fixtures.token(actor))).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void requestsDecidesAndReadsASignOffThroughTheApi() throws Exception {
        String created = mvc.perform(post("/api/v1/sign-offs").with(bearer(fixtures.token(coordinator)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Cut-over weekend","description":"Saturday 06:00","dueOn":"%s",
                                 "steps":[{"name":"Heads","approverPersonIds":[%d,%d],"rule":"QUORUM","quorum":2}]}"""
                                .formatted(java.time.LocalDate.now().plusDays(3), anna.personId(), boris.personId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.subjectType").value("free"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/sign-offs").with(bearer(fixtures.token(anna))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(post("/api/v1/sign-offs/" + id + "/decisions").with(bearer(fixtures.token(anna)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"APPROVED_WITH_CONDITIONS\",\"conditions\":[\"Keep paper forms for a week\"],\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(post("/api/v1/sign-offs/" + id + "/comments").with(bearer(fixtures.token(boris)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Which weekend exactly?\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/sign-offs/" + id + "/decisions").with(bearer(fixtures.token(boris)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/sign-offs/" + id).with(bearer(fixtures.token(coordinator))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signOff.title").value("Cut-over weekend"))
                .andExpect(jsonPath("$.rounds[0].steps[0].rule").value("QUORUM"))
                .andExpect(jsonPath("$.rounds[0].steps[0].quorum").value(2))
                .andExpect(jsonPath("$.rounds[0].steps[0].approvers[*].decision", hasItem("APPROVED_WITH_CONDITIONS")))
                .andExpect(jsonPath("$.comments[*].body", hasItem("Which weekend exactly?")));
    }

    @Test
    void refusesADecisionByANonApproverWithItsReasonAndChangesNothing() throws Exception {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        mvc.perform(post("/api/v1/sign-offs/" + s.id() + "/decisions").with(bearer(fixtures.token(coordinator)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"version\":0}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("approval.error.notApprover"))
                .andExpect(jsonPath("$.detail").value("You are not an approver of this request, and you do not act for one."));
        assertThat(state(s.id())).isEqualTo("OPEN v0 0");
    }

    @Test
    void aDeactivatedAccountsTokenNoLongerSignsOff() throws Exception {
        SignOff s = signOffs.request(admin, ApprovalRule.ANY, null, anna);
        String token = fixtures.token(anna);
        jdbc.sql("update user_account set status = 'DEACTIVATED' where id = ?").param(anna.userId()).update();
        mvc.perform(post("/api/v1/sign-offs/" + s.id() + "/decisions").with(bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"version\":0}"))
                .andExpect(status().isUnauthorized());
        assertThat(state(s.id())).isEqualTo("OPEN v0 0");
    }

    @Test
    void answersSecondDecisionsClosedRequestsAndStaleVersionsWithClearProblems() throws Exception {
        SignOff s = signOffs.request(admin, ApprovalRule.ALL, null, anna, boris);
        json("/api/v1/sign-offs/" + s.id() + "/decisions", anna, "{\"outcome\":\"APPROVED\",\"version\":0}");
        mvc.perform(post("/api/v1/sign-offs/" + s.id() + "/decisions").with(bearer(fixtures.token(anna)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("approval.error.alreadyDecided"));
        mvc.perform(post("/api/v1/sign-offs/" + s.id() + "/decisions").with(bearer(fixtures.token(boris)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.stale"));
        assertThat(state(s.id())).isEqualTo("OPEN v1 1");
        mvc.perform(post("/api/v1/sign-offs/" + s.id() + "/cancel").with(bearer(fixtures.token(admin)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/sign-offs/" + s.id() + "/decisions").with(bearer(fixtures.token(boris)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"version\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("approval.error.cancelled"));
        assertThat(state(s.id())).isEqualTo("CANCELLED v2 1");
    }

    @Test
    void refusesBadRequestsWithFieldErrorsAndCreatesNothing() throws Exception {
        String prefix = "/api/v1/sign-offs";
        mvc.perform(post(prefix).with(bearer(fixtures.token(coordinator))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Too few\",\"steps\":[{\"approverPersonIds\":[%d],\"rule\":\"QUORUM\",\"quorum\":2}]}"
                                .formatted(anna.personId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("steps[0].quorum"))
                .andExpect(jsonPath("$.errors[0].message").value("The quorum must be between 1 and the number of approvers (1)."));
        mvc.perform(post(prefix).with(bearer(fixtures.token(coordinator))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Nobody\",\"steps\":[{\"approverPersonIds\":[],\"rule\":\"ALL\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("approval.error.noApprovers"));
        mvc.perform(post(prefix).with(bearer(fixtures.token(coordinator))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Bad rule\",\"steps\":[{\"approverPersonIds\":[1],\"rule\":\"MAYBE\"}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(prefix).with(bearer(fixtures.token(coordinator))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"linkPath\":\"javascript:alert(1)\",\"steps\":[]}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from sign_off where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void delegatesAndRevokesThroughTheApi() throws Exception {
        String body = mvc.perform(post("/api/v1/sign-offs/delegations").with(bearer(fixtures.token(anna)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toPersonId\":%d,\"startsOn\":\"%s\",\"endsOn\":\"%s\"}"
                                .formatted(boris.personId(), java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(2))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.toPersonId").value(boris.personId()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/sign-offs/delegations").with(bearer(fixtures.token(boris))))
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/sign-offs/delegations/" + id).param("version", "0").with(bearer(fixtures.token(anna))))
                .andExpect(status().isNoContent());
    }

    @Test
    void theOpenApiDocumentDescribesTheSignOffEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/sign-offs'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sign-offs/{id}/decisions'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sign-offs/delegations'].get").exists());
    }
}
