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
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.org.person.Person;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.TestMail;

/** Invitation and reset links: single use, expiring, never for deactivated accounts; weak passwords refused. */
class PasswordLinkTests extends IntegrationTest {

    private static final String NEW_PASSWORD = "blue-kettle-on-mars";

    @Test
    void invitedPersonSetsAPasswordThroughTheMailedLinkAndSignsIn() throws Exception {
        Person person = invited();
        String link = TestMail.linkPath(TestMail.awaitFor(person.email()).getFirst(), "/invitation/");
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(person.email())));
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
        assertThat(accountOf(person).status()).isEqualTo("ACTIVE");
        signIn(person.email(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAReusedInvitationLink() throws Exception {
        Person person = invited();
        String link = TestMail.linkPath(TestMail.awaitFor(person.email()).getFirst(), "/invitation/");
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
        String hash = accountOf(person).hash();
        setPassword(link, "another-password-entirely", "another-password-entirely")
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link is invalid, has expired or was already used.")));
        assertThat(accountOf(person).hash()).isEqualTo(hash);
    }

    @Test
    void refusesAnExpiredInvitationLink() throws Exception {
        Person person = invited();
        String link = TestMail.linkPath(TestMail.awaitFor(person.email()).getFirst(), "/invitation/");
        jdbc.sql("update account_link set expires_at = now() - interval '1 second' where user_id = ?")
                .param(accountOf(person).id()).update();
        mvc.perform(get(link)).andExpect(status().isGone());
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());
        assertThat(accountOf(person).status()).isEqualTo("INVITED");
        assertThat(accountOf(person).hash()).isNull();
    }

    @Test
    void refusesWeakOrMismatchedPasswordsAndKeepsTheLinkUsable() throws Exception {
        Person person = invited();
        String link = TestMail.linkPath(TestMail.awaitFor(person.email()).getFirst(), "/invitation/");
        setPassword(link, "short", "short").andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a password of at least 10 characters.")));
        setPassword(link, "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa")
                .andExpect(content().string(containsString("Choose a password of at least 10 characters.")));
        setPassword(link, "my " + person.email() + " pw", "my " + person.email() + " pw")
                .andExpect(content().string(containsString("must not contain your username")));
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD + "x")
                .andExpect(content().string(containsString("The two passwords differ.")));
        assertThat(accountOf(person).hash()).isNull();
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
    }

    @Test
    void refusesTheInvitationOfADeactivatedAccount() throws Exception {
        Person person = invited();
        String link = TestMail.linkPath(TestMail.awaitFor(person.email()).getFirst(), "/invitation/");
        jdbc.sql("update user_account set status = 'DEACTIVATED' where person_id = ?").param(person.id()).update();
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());
        assertThat(accountOf(person).hash()).isNull();
    }

    @Test
    void answersAResetRequestTheSameWhetherOrNotTheAccountExists() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        String known = requestReset(employee.username());
        String unknown = requestReset("nobody-" + Fixtures.next() + "@example.test");
        String csrf = "name=\"_csrf\" (?:value|content)=\"[^\"]+\"";
        assertThat(known.replaceAll(csrf, "")).isEqualTo(unknown.replaceAll(csrf, ""));
        assertThat(known).contains("If an account matches, a link has been sent.");
    }

    @Test
    void resetsAPasswordOnceThroughTheMailedLinkFoundByEmail() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        String email = jdbc.sql("select email from person where id = ?").param(employee.personId()).query(String.class).single();
        requestReset(email.toUpperCase());
        var mail = TestMail.awaitFor(email).getFirst();
        assertThat(TestMail.body(mail)).contains("60 minutes");
        String link = TestMail.linkPath(mail, "/password-reset/");
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
        signIn(employee.username(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
        setPassword(link, "yet-another-password", "yet-another-password").andExpect(status().isGone());
        signIn(employee.username(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAResetLinkOlderThanAnHour() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        requestReset(employee.username());
        String email = jdbc.sql("select email from person where id = ?").param(employee.personId()).query(String.class).single();
        String link = TestMail.linkPath(TestMail.awaitFor(email).getFirst(), "/password-reset/");
        jdbc.sql("update account_link set expires_at = now() - interval '1 minute' where user_id = ?").param(employee.userId()).update();
        mvc.perform(get(link)).andExpect(status().isGone());
        setPassword(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());
        signIn(employee.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void sendsAtMostThreeResetMailsAnHourPerAccount() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        for (int i = 0; i < 5; i++) {
            requestReset(employee.username());
        }
        assertThat(jdbc.sql("select count(*) from account_link where user_id = ? and purpose = 'PASSWORD_RESET'")
                .param(employee.userId()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aResetLiftsTheSignInLockOfThatUsername() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            mvc.perform(post("/login").param("username", employee.username()).param("password", "wrong").with(csrf())
                    .with(r -> { r.setRemoteAddr("10.9.0.1"); return r; }));
        }
        signIn(employee.username(), Fixtures.PASSWORD).andExpect(redirectedUrl("/login?throttled"));
        requestReset(employee.username());
        String email = jdbc.sql("select email from person where id = ?").param(employee.personId()).query(String.class).single();
        setPassword(TestMail.linkPath(TestMail.awaitFor(email).getFirst(), "/password-reset/"), NEW_PASSWORD, NEW_PASSWORD);
        signIn(employee.username(), NEW_PASSWORD).andExpect(redirectedUrl("/"));
    }

    private Person invited() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person person = fixtures.person(admin, "Invited person", null, null);
        mvc.perform(post("/admin/accounts").param("personId", String.valueOf(person.id())).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return person;
    }

    private ResultActions setPassword(String link, String password, String confirmation) throws Exception {
        return mvc.perform(post(link).param("password", password).param("confirmPassword", confirmation).with(csrf()));
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(r -> { r.setRemoteAddr("10.8.0." + (Fixtures.next() % 250)); return r; }));
    }

    private String requestReset(String login) throws Exception {
        return mvc.perform(post("/password-reset").param("login", login).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private record Stored(long id, String status, String hash) {
    }

    private Stored accountOf(Person person) {
        return jdbc.sql("select id, status, password_hash as hash from user_account where person_id = ?")
                .param(person.id()).query(Stored.class).single();
    }
}
