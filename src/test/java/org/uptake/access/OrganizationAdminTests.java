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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.shared.Actor;
import org.uptake.support.Fixtures;
import org.uptake.support.IntegrationTest;
import org.uptake.support.TestMail;

/** The system administrator opens organisations, each with its own first admin, and renames them. */
class OrganizationAdminTests extends IntegrationTest {

    @Test
    void opensAnOrganisationWithItsFirstAdminWhoIsInvited() throws Exception {
        Actor system = systemAdministrator();
        long n = Fixtures.next();
        String email = "first-admin-" + n + "@example.test";
        mvc.perform(newOrganization("Northern Clinics", "north-" + n, "Anna First", email).with(as(system)))
                .andExpect(redirectedUrl("/admin/organizations"));
        long org = jdbc.sql("select id from organization where slug = ?").param("north-" + n).query(Long.class).single();
        record FirstAdmin(String username, String roles, String status, boolean systemAdmin, String fullName) {
        }
        FirstAdmin admin = jdbc.sql("""
                select a.username, a.roles::text, a.status, a.system_admin, p.full_name
                from user_account a join person p on p.id = a.person_id where a.organization_id = ?""")
                .param(org).query(FirstAdmin.class).single();
        assertThat(admin).isEqualTo(new FirstAdmin(email, "{ADMIN,EMPLOYEE}", "INVITED", false, "Anna First"));
        assertThat(TestMail.body(TestMail.awaitFor(email).getFirst())).contains("Northern Clinics").contains("/invitation/");
        assertThat(jdbc.sql("select count(*) from audit_entry where organization_id = ? and entity_type = 'organization' and action = 'created'")
                .param(org).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/organizations").with(as(system))).andExpect(content().string(containsString("Northern Clinics")));
    }

    @Test
    void refusesATakenShortNameOrAdminAddressAndCreatesNothing() throws Exception {
        Actor system = systemAdministrator();
        long n = Fixtures.next();
        String taken = jdbc.sql("select slug from organization where id = ?").param(system.organizationId()).query(String.class).single();
        long before = organizations();
        mvc.perform(newOrganization("Copy", taken, "Bob", "bob-" + n + "@example.test").with(as(system)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already used by another organisation")));
        mvc.perform(newOrganization("Clash", "clash-" + n, "Bob", system.username()).with(as(system)))
                .andExpect(content().string(containsString("is not a valid e-mail address")));
        String usedAddress = "used-" + n + "@example.test";
        fixtures.account(system.organizationId(), null, usedAddress);
        mvc.perform(newOrganization("Clash", "clash-" + n, "Bob", usedAddress).with(as(system)))
                .andExpect(content().string(containsString("is already taken")));
        assertThat(organizations()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from person where email = ?").param(usedAddress).query(Long.class).single()).isZero();
    }

    @Test
    void renamesAnOrganisationAndRefusesAStaleEdit() throws Exception {
        Actor system = systemAdministrator();
        Actor other = fixtures.newOrganization();
        long id = other.organizationId();
        mvc.perform(edit(id, "Renamed " + id, 0).with(as(system))).andExpect(redirectedUrl("/admin/organizations"));
        mvc.perform(edit(id, "Stale " + id, 0).with(as(system)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select name from organization where id = ?").param(id).query(String.class).single()).isEqualTo("Renamed " + id);
        mvc.perform(get("/admin/organizations/" + id + "/edit").with(as(system)))
                .andExpect(content().string(containsString("Renamed " + id)));
    }

    @Test
    void refusesOrganisationsToAnOrganisationsOwnAdmin() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(get("/admin/organizations").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(edit(admin.organizationId(), "Mine now", 0).with(as(admin))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select version from organization where id = ?").param(admin.organizationId()).query(Integer.class).single())
                .isZero();
    }

    private Actor systemAdministrator() {
        Actor admin = fixtures.newOrganization();
        jdbc.sql("update user_account set system_admin = true where id = ?").param(admin.userId()).update();
        return new Actor(admin.userId(), admin.organizationId(), admin.personId(), admin.username(), admin.displayName(),
                admin.roles(), true, "en", "UTC");
    }

    private long organizations() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder newOrganization(String name, String slug, String adminName, String adminEmail) {
        return post("/admin/organizations").param("name", name).param("slug", slug).param("defaultTimeZone", "Europe/Oslo")
                .param("defaultLanguage", "nb").param("adminFullName", adminName).param("adminEmail", adminEmail).with(csrf());
    }

    private static MockHttpServletRequestBuilder edit(long id, String name, int version) {
        return post("/admin/organizations/" + id).param("name", name).param("slug", "ignored").param("defaultTimeZone", "UTC")
                .param("defaultLanguage", "en").param("version", String.valueOf(version)).with(csrf());
    }
}
