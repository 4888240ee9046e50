package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;

/** API tokens: issued with a password or on the profile page, scoped, refused once expired, revoked or their account deactivated. */
class ApiTokenTests extends IntegrationTest {

    @Test
    void issuesATokenForUsernameAndPasswordThatReadsTheApi() throws Exception {
        Actor admin = fixtures.newOrganization();
        String body = requestToken(admin.username(), Fixtures.PASSWORD, "10.20.0.1")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scopes[0]").value("read"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        assertThat(token).startsWith("upt_");
        mvc.perform(get("/api/v1/units").with(bearer(token))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/positions").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"RO\",\"title\":\"Read only\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select token_hash from api_token where user_id = ?").param(admin.userId()).query(String.class).single())
                .doesNotContain(token).hasSize(64);
    }

    @Test
    void refusesAWrongPasswordWith401AndThenLocksWith429() throws Exception {
        Actor admin = fixtures.newOrganization();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            requestToken(admin.username(), "wrong-password", "10.21.0.1")
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("login.failed"));
        }
        requestToken(admin.username(), Fixtures.PASSWORD, "10.21.0.2")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("login.throttled"));
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ?").param(admin.userId()).query(Long.class).single()).isZero();
    }

    @Test
    void refusesAnExpiredTokenWith401() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin, "read");
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where user_id = ?").param(admin.userId()).update();
        mvc.perform(get("/api/v1/units").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("error.unauthorized"));
    }

    @Test
    void refusesARevokedTokenWith401() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin, "read", "write");
        long id = jdbc.sql("select id from api_token where user_id = ?").param(admin.userId()).query(Long.class).single();
        String other = fixtures.token(admin, "read", "write");
        mvc.perform(delete("/api/v1/tokens/" + id).with(bearer(other))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/units").with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tokens").with(bearer(other)))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].revokedAt").isNotEmpty())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("upt_"))));
    }

    @Test
    void refusesTheTokenOfADeactivatedAccountWith401() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        String token = fixtures.token(employee, "read");
        jdbc.sql("update user_account set status = 'DEACTIVATED' where id = ?").param(employee.userId()).update();
        mvc.perform(get("/api/v1/units").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesMadeUpAndMalformedBearerTokens() throws Exception {
        mvc.perform(get("/api/v1/units").with(bearer("upt_" + "x".repeat(43)))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units").with(bearer("not-a-token"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units").with(bearer("upt_" + "y".repeat(500)))).andExpect(status().isUnauthorized());
    }

    @Test
    void createsATokenOnTheProfileShowingTheSecretOnceAndRevokesIt() throws Exception {
        Actor admin = fixtures.newOrganization();
        String page = mvc.perform(post("/profile/tokens").param("name", "Reporting script").param("scopes", "read")
                        .param("validDays", "7").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*data-testid=\"token-secret\">(upt_[^<]+)<.*", "$1");
        mvc.perform(get("/api/v1/units").with(bearer(secret))).andExpect(status().isOk());
        mvc.perform(get("/profile").with(as(admin)))
                .andExpect(content().string(containsString("Reporting script")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
        long id = jdbc.sql("select id from api_token where user_id = ?").param(admin.userId()).query(Long.class).single();
        mvc.perform(post("/profile/tokens/" + id + "/revoke").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/units").with(bearer(secret))).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesTokenFormsWithoutNameScopeOrWithTooLongValidity() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/profile/tokens").param("name", "").param("scopes", "read").with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("Give the token a name")));
        mvc.perform(post("/profile/tokens").param("name", "x").with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("Choose at least one scope")));
        mvc.perform(post("/profile/tokens").param("name", "x").param("scopes", "read").param("validDays", "9999")
                        .with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("A token is valid for 1 to 366 days.")));
        mvc.perform(post("/profile/tokens").param("name", "x").param("scopes", "read").param("validDays", "soon")
                        .with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("A token is valid for 1 to 366 days.")));
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ?").param(admin.userId()).query(Long.class).single()).isZero();
    }

    @Test
    void cannotRevokeSomeoneElsesToken() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        long theirs = fixtures.tokenId(employee);
        mvc.perform(post("/profile/tokens/" + theirs + "/revoke").with(as(admin)).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?").param(theirs).query(Boolean.class).single()).isTrue();
    }

    private ResultActions requestToken(String username, String password, String ip) throws Exception {
        return mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"cli\",\"scopes\":[\"read\"],\"validDays\":1}")
                .with(r -> { r.setRemoteAddr(ip); return r; }));
    }
}
