package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;
import org.uptake.support.TestMail;

/** The accounts admin: people with their accounts, creating them one by one or in bulk, roles and status. */
class AccountAdminTests extends IntegrationTest {

    @Test
    void listsPeopleWithTheirAccountStateAndFiltersByState() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person without = fixtures.person(admin, "Nora Noaccount", null, null);
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        mvc.perform(get("/admin/accounts").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nora Noaccount")))
                .andExpect(content().string(containsString("account-create-" + without.id())))
                .andExpect(content().string(containsString(employee.username())));
        mvc.perform(get("/admin/accounts").param("account", "NONE").with(as(admin)))
                .andExpect(content().string(containsString("Nora Noaccount")))
                .andExpect(content().string(not(containsString(employee.username()))));
        mvc.perform(get("/admin/accounts").param("account", "ACTIVE").param("role", "EMPLOYEE").with(as(admin)))
                .andExpect(content().string(not(containsString("Nora Noaccount"))))
                .andExpect(content().string(containsString(employee.username())));
        mvc.perform(get("/admin/accounts").param("q", "noacc").with(as(admin)))
                .andExpect(content().string(containsString("Nora Noaccount")));
    }

    @Test
    void pagesThroughThousandsOfPeopleByName() throws Exception {
        Actor admin = fixtures.newOrganization();
        jdbc.sql("""
                insert into person (organization_id, full_name, email, employee_number)
                select ?, 'Person ' || lpad(g::text, 4, '0'), 'p' || g || '-' || ? || '@example.test', 'E' || g
                from generate_series(1, 120) g""").params(admin.organizationId(), admin.organizationId()).update();
        String first = mvc.perform(get("/admin/accounts").with(as(admin))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Person 0001").contains("Person 0049").doesNotContain("Person 0051");
        String cursor = first.replaceAll("(?s).*after=([A-Za-z0-9_-]+)\"\\s+data-testid=\"accounts-next\".*", "$1");
        assertThat(cursor).doesNotContain("<");
        mvc.perform(get("/admin/accounts").param("after", cursor).with(as(admin)))
                .andExpect(content().string(containsString("Person 0050")))
                .andExpect(content().string(not(containsString("Person 0049"))));
    }

    @Test
    void createsAnAccountForOnePersonAndMailsTheInvitation() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person person = fixtures.person(admin, "Ivan Invited", null, null);
        mvc.perform(post("/admin/accounts").param("personId", String.valueOf(person.id())).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accountStatusOf(person.id())).isEqualTo("INVITED");
        MimeMessage mail = TestMail.awaitFor(person.email()).getFirst();
        assertThat(mail.getSubject()).contains("Test organisation");
        assertThat(TestMail.linkPath(mail, "/invitation/")).startsWith("/invitation/");
        assertThat(TestMail.body(mail)).contains(person.email().toLowerCase());
    }

    @Test
    void refusesASecondAccountForThePersonAndChangesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        mvc.perform(post("/admin/accounts").param("personId", String.valueOf(employee.personId())).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashViolations"));
        assertThat(accountsOfOrganization(admin)).isEqualTo(2);
    }

    @Test
    void bulkCreatesAccountsForAUnitSubtreeAndQueuesOneInvitationEach() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit region = fixtures.unit(admin, "Region", null);
        Unit station = fixtures.unit(admin, "Station", region.id());
        Unit elsewhere = fixtures.unit(admin, "Elsewhere", null);
        Person a = fixtures.person(admin, "In region", region.id(), null);
        Person b = fixtures.person(admin, "In station", station.id(), null);
        Person outside = fixtures.person(admin, "Outside", elsewhere.id(), null);
        jdbc.sql("update person set email = null where id = ?").param(fixtures.person(admin, "No mail", station.id(), null).id()).update();
        mvc.perform(get("/admin/accounts/bulk").param("unitId", String.valueOf(region.id())).with(as(admin)))
                .andExpect(content().string(containsString("People who will get an account: 2")));
        mvc.perform(post("/admin/accounts/bulk").param("unitId", String.valueOf(region.id())).param("roles", "EMPLOYEE", "VIEWER")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flashMessage", org.uptake.shared.error.Violation.of(null, "accounts.bulk.done", 2, 2)));
        assertThat(accountStatusOf(a.id())).isEqualTo("INVITED");
        assertThat(accountStatusOf(b.id())).isEqualTo("INVITED");
        assertThat(jdbc.sql("select count(*) from user_account where person_id = ?").param(outside.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select roles::text from user_account where person_id = ?").param(a.id()).query(String.class).single())
                .isEqualTo("{EMPLOYEE,VIEWER}");
        assertThat(TestMail.awaitFor(a.email())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'account' and action = 'created' and organization_id = ?")
                .param(admin.organizationId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void bulkCreatesMoreAccountsThanOneChunkWithOneLinkAndOneMailEach() throws Exception {
        Actor admin = fixtures.newOrganization();
        int people = 1_050;
        jdbc.sql("""
                insert into person (organization_id, full_name, email, employee_number)
                select ?, 'Bulk ' || g, 'bulk' || g || '-' || ? || '@example.test', 'B' || g from generate_series(1, ?) g""")
                .params(admin.organizationId(), admin.organizationId(), people).update();
        mvc.perform(post("/admin/accounts/bulk").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flashMessage", org.uptake.shared.error.Violation.of(null, "accounts.bulk.done", people, people)));
        assertThat(jdbc.sql("""
                select count(distinct l.user_id) from account_link l join user_account a on a.id = l.user_id
                where a.organization_id = ? and l.purpose = 'INVITATION' and l.used_at is null""")
                .param(admin.organizationId()).query(Long.class).single()).isEqualTo(people);
        assertThat(jdbc.sql("select count(distinct recipient) from mail_outbox where organization_id = ? and recipient like 'bulk%'")
                .param(admin.organizationId()).query(Long.class).single()).isEqualTo(people);
    }

    @Test
    void bulkCreationSkipsPeopleWhoLeftOrWhoseAddressIsAlreadyAUsername() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person left = fixtures.person(admin, "Gone", null, null);
        jdbc.sql("update person set employment_status = 'LEFT' where id = ?").param(left.id()).update();
        Actor other = fixtures.newOrganization();
        Person clash = fixtures.person(admin, "Clash", null, null);
        fixtures.account(other.organizationId(), null, clash.email(), Role.EMPLOYEE);
        Person fine = fixtures.person(admin, "Fine", null, null);
        mvc.perform(post("/admin/accounts/bulk").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(accountStatusOf(fine.id())).isEqualTo("INVITED");
        assertThat(jdbc.sql("select count(*) from user_account where person_id in (?, ?)").params(left.id(), clash.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesTheLastAdminRemovingTheirOwnAdminRole() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/admin/accounts/" + admin.userId() + "/roles").param("roles", "EMPLOYEE").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot remove the last active admin of the organisation.")));
        assertThat(rolesOf(admin.userId())).isEqualTo("{ADMIN}");
        assertThat(versionOf(admin.userId())).isZero();
    }

    @Test
    void refusesDeactivatingTheLastAdminAndOnesOwnAccount() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/admin/accounts/" + admin.userId() + "/status").param("status", "DEACTIVATED").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("You cannot remove the last active admin of the organisation.")));
        Actor second = fixtures.user(admin, null, Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + second.userId() + "/status").param("status", "DEACTIVATED").param("version", "0")
                        .with(as(second)).with(csrf()))
                .andExpect(content().string(containsString("You cannot deactivate your own account.")));
        assertThat(statusOf(admin.userId())).isEqualTo("ACTIVE");
        assertThat(statusOf(second.userId())).isEqualTo("ACTIVE");
    }

    @Test
    void letsAnotherAdminTakeOverSoTheFirstCanStepDown() throws Exception {
        Actor admin = fixtures.newOrganization();
        fixtures.user(admin, null, Role.ADMIN);
        mvc.perform(post("/admin/accounts/" + admin.userId() + "/roles").param("roles", "EMPLOYEE").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + admin.userId()));
        assertThat(rolesOf(admin.userId())).isEqualTo("{EMPLOYEE}");
    }

    @Test
    void deactivatesAnAccountSoItCanNoLongerSignInAndReactivatesIt() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        mvc.perform(post("/admin/accounts/" + employee.userId() + "/status").param("status", "DEACTIVATED").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + employee.userId()));
        mvc.perform(get("/").with(as(employee))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").param("username", employee.username()).param("password", org.uptake.support.Fixtures.PASSWORD)
                        .with(csrf()).with(r -> { r.setRemoteAddr("10.1.0." + (employee.userId() % 250)); return r; }))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/admin/accounts/" + employee.userId() + "/status").param("status", "ACTIVE").param("version", "1")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + employee.userId()));
        assertThat(statusOf(employee.userId())).isEqualTo("ACTIVE");
    }

    @Test
    void answersAStaleRoleChangeWithAMessageAndKeepsTheNewerRoles() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        mvc.perform(post("/admin/accounts/" + employee.userId() + "/roles").param("roles", "VIEWER").param("version", "0")
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/accounts/" + employee.userId() + "/roles").param("roles", "COORDINATOR").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(rolesOf(employee.userId())).isEqualTo("{VIEWER}");
    }

    @Test
    void deactivatesTheAccountWhenThePersonLeavesAndRefusesToReactivateIt() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        Person person = jdbc.sql("select id, organization_id, employee_number, email, full_name, unit_id, position_id, manager_id,"
                        + " employment_status, time_zone, language, version from person where id = ?")
                .param(employee.personId()).query(Person.class).single();
        mvc.perform(post("/people/" + person.id()).param("fullName", person.fullName()).param("email", person.email())
                        .param("employeeNumber", person.employeeNumber()).param("employmentStatus", "LEFT").param("version", "0")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(employee.userId())).isEqualTo("DEACTIVATED");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'account' and entity_id = ? and action = 'deactivated'")
                .param(employee.userId()).query(Long.class).single()).isEqualTo(1);
        int version = versionOf(employee.userId());
        mvc.perform(post("/admin/accounts/" + employee.userId() + "/status").param("status", "ACTIVE")
                        .param("version", String.valueOf(version)).with(as(admin)).with(csrf()))
                .andExpect(content().string(containsString("has left the organisation")));
        assertThat(statusOf(employee.userId())).isEqualTo("DEACTIVATED");
    }

    @Test
    void resendsAnInvitationAndOnlyTheNewestLinkWorks() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person person = fixtures.person(admin, "Twice invited", null, null);
        mvc.perform(post("/admin/accounts").param("personId", String.valueOf(person.id())).with(as(admin)).with(csrf()));
        long account = accountIdOf(person.id());
        mvc.perform(post("/admin/accounts/" + account + "/invitation").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + account));
        List<MimeMessage> mails = TestMail.awaitFor(person.email(), 2);
        mvc.perform(get(TestMail.linkPath(mails.get(0), "/invitation/"))).andExpect(status().isGone());
        mvc.perform(get(TestMail.linkPath(mails.get(1), "/invitation/"))).andExpect(status().isOk());
    }

    @Test
    void showsTheAccountPanelOnAPersonsPage() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person person = fixtures.person(admin, "Panel person", null, null);
        mvc.perform(get("/admin/accounts/person/" + person.id()).with(as(admin)))
                .andExpect(content().string(containsString("person-account-create")));
        Actor employee = fixtures.user(admin, null, Role.EMPLOYEE);
        mvc.perform(get("/admin/accounts/person/" + employee.personId()).with(as(admin)))
                .andExpect(content().string(containsString(employee.username())))
                .andExpect(content().string(not(containsString("person-account-create"))));
    }

    private String accountStatusOf(long personId) {
        return jdbc.sql("select status from user_account where person_id = ?").param(personId).query(String.class).single();
    }

    private long accountIdOf(long personId) {
        return jdbc.sql("select id from user_account where person_id = ?").param(personId).query(Long.class).single();
    }

    private String statusOf(long accountId) {
        return jdbc.sql("select status from user_account where id = ?").param(accountId).query(String.class).single();
    }

    private String rolesOf(long accountId) {
        return jdbc.sql("select roles::text from user_account where id = ?").param(accountId).query(String.class).single();
    }

    private int versionOf(long accountId) {
        return jdbc.sql("select version from user_account where id = ?").param(accountId).query(Integer.class).single();
    }

    private long accountsOfOrganization(Actor admin) {
        return jdbc.sql("select count(*) from user_account where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }
}
