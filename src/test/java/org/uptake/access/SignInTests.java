package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.shared.Actor;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;

/** Sign-in: the rate limit on wrong passwords, and the first-start administrator. */
class SignInTests extends IntegrationTest {

    @Test
    void locksAUsernameAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        Actor admin = fixtures.newOrganization();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            signIn(admin.username(), "wrong-" + i, "10.30.0." + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn(admin.username(), Fixtures.PASSWORD, "10.30.1.1").andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login?throttled")).andExpect(content().string(containsString("Too many failed attempts")));
        assertThat(jdbc.sql("select last_login_at is null from user_account where id = ?").param(admin.userId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void locksAnAddressThatGuessesAcrossManyUsernames() throws Exception {
        Actor admin = fixtures.newOrganization();
        // As if the address had just tried that many different usernames.
        jdbc.sql("insert into login_failure (username, remote_ip) select 'guess-' || g, '10.31.0.1' from generate_series(1, ?) g")
                .param(LoginThrottle.MAX_FAILURES_PER_ADDRESS).update();
        signIn(admin.username(), Fixtures.PASSWORD, "10.31.0.1").andExpect(redirectedUrl("/login?throttled"));
        signIn(admin.username(), Fixtures.PASSWORD, "10.31.0.2").andExpect(redirectedUrl("/"));
    }

    @Test
    void forgetsEarlierFailuresAfterASuccessfulSignIn() throws Exception {
        Actor admin = fixtures.newOrganization();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            signIn(admin.username(), "wrong", "10.32.0.1");
        }
        signIn(admin.username(), Fixtures.PASSWORD, "10.32.0.1").andExpect(redirectedUrl("/"));
        signIn(admin.username(), "wrong", "10.32.0.1").andExpect(redirectedUrl("/login?error"));
        signIn(admin.username(), Fixtures.PASSWORD, "10.32.0.1").andExpect(redirectedUrl("/"));
    }

    @Test
    void theFirstStartAdminIsTheSystemAdministratorAndAnAdminOfTheFirstOrganisation() {
        record FirstAdmin(String roles, boolean systemAdmin, long organizationId, String status) {
        }
        FirstAdmin admin = jdbc.sql("select roles::text, system_admin, organization_id, status from user_account where username = 'admin'")
                .query(FirstAdmin.class).single();
        long firstOrganization = jdbc.sql("select min(id) from organization").query(Long.class).single();
        assertThat(admin.systemAdmin()).isTrue();
        assertThat(admin.roles()).contains("ADMIN");
        assertThat(admin.organizationId()).isEqualTo(firstOrganization);
        assertThat(admin.status()).isEqualTo("ACTIVE");
    }

    private ResultActions signIn(String username, String password, String ip) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> { r.setRemoteAddr(ip); return r; }));
    }
}
