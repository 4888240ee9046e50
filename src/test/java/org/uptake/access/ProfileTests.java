package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;

/** The profile: language and time zone kept on the account, password changed only with the current one. */
class ProfileTests extends IntegrationTest {

    @Autowired
    private PasswordEncoder encoder;

    @Test
    void keepsLanguageAndTimeZoneOnTheAccount() throws Exception {
        Actor employee = fixtures.user(fixtures.newOrganization(), null, Role.EMPLOYEE);
        mvc.perform(post("/profile").param("language", "nb").param("timeZone", "Europe/Oslo").with(as(employee)).with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        assertThat(jdbc.sql("select language || ' ' || time_zone from user_account where id = ?").param(employee.userId())
                .query(String.class).single()).isEqualTo("nb Europe/Oslo");
        mvc.perform(get("/profile").with(as(employee)))
                .andExpect(content().string(containsString("lang=\"nb\"")))
                .andExpect(content().string(containsString("<option value=\"Europe/Oslo\" selected=\"selected\">")));
    }

    @Test
    void refusesAnUnknownTimeZoneOrLanguageAndSavesNeither() throws Exception {
        Actor employee = fixtures.user(fixtures.newOrganization(), null, Role.EMPLOYEE);
        mvc.perform(post("/profile").param("language", "de").param("timeZone", "Mars/Olympus").with(as(employee)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a known time zone")));
        mvc.perform(post("/profile").param("language", "xx").param("timeZone", "UTC").with(as(employee)).with(csrf()))
                .andExpect(content().string(containsString("is not a supported language")));
        assertThat(jdbc.sql("select coalesce(language, '-') || coalesce(time_zone, '-') from user_account where id = ?")
                .param(employee.userId()).query(String.class).single()).isEqualTo("--");
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        Actor employee = fixtures.user(fixtures.newOrganization(), null, Role.EMPLOYEE);
        mvc.perform(post("/profile/password").param("currentPassword", "not-it").param("newPassword", "brand-new-passphrase")
                        .param("confirmPassword", "brand-new-passphrase").with(as(employee)).with(csrf()))
                .andExpect(content().string(containsString("The current password is wrong.")));
        mvc.perform(post("/profile/password").param("currentPassword", Fixtures.PASSWORD).param("newPassword", "short")
                        .param("confirmPassword", "short").with(as(employee)).with(csrf()))
                .andExpect(content().string(containsString("Choose a password of at least 10 characters.")));
        assertThat(encoder.matches(Fixtures.PASSWORD, hashOf(employee))).isTrue();
        mvc.perform(post("/profile/password").param("currentPassword", Fixtures.PASSWORD).param("newPassword", "brand-new-passphrase")
                        .param("confirmPassword", "brand-new-passphrase").with(as(employee)).with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        assertThat(encoder.matches("brand-new-passphrase", hashOf(employee))).isTrue();
    }

    @Test
    void endsTheUsersOtherSessionsWhenThePasswordChanges() throws Exception {
        Actor employee = fixtures.user(fixtures.newOrganization(), null, Role.EMPLOYEE);
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
                                            expiry_time, principal_name)
                values (gen_random_uuid()::text, gen_random_uuid()::text, 0, 0, 3600, 9999999999999, ?)""")
                .param(employee.username()).update();
        mvc.perform(post("/profile/password").param("currentPassword", Fixtures.PASSWORD).param("newPassword", "brand-new-passphrase")
                .param("confirmPassword", "brand-new-passphrase").with(as(employee)).with(csrf()));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(employee.username())
                .query(Long.class).single()).isZero();
    }

    private String hashOf(Actor actor) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(actor.userId()).query(String.class).single();
    }
}
