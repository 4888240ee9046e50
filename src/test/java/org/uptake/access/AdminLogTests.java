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
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

/** The audit log (filters, keyset pages, links to records) and the mail log (status, errors, retry). */
class AdminLogTests extends IntegrationTest {

    @Test
    void filtersTheAuditLogByRecordTypeAndUserAndLinksEachEntryToItsRecord() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor secondAdmin = fixtures.user(admin, null, Role.ADMIN);
        Unit unit = fixtures.unit(admin, "Audited unit", null);
        fixtures.position(secondAdmin, "Audited position");
        mvc.perform(get("/admin/audit").param("type", "unit").with(as(admin)))
                .andExpect(content().string(containsString("href=\"/units/" + unit.id() + "\"")))
                .andExpect(content().string(not(containsString("Audited position"))));
        mvc.perform(get("/admin/audit").param("userId", String.valueOf(secondAdmin.userId())).with(as(admin)))
                .andExpect(content().string(containsString("Audited position")))
                .andExpect(content().string(not(containsString("Audited unit"))));
    }

    @Test
    void pagesTheAuditLogNewestFirst() throws Exception {
        Actor admin = fixtures.newOrganization();
        for (int i = 0; i < 55; i++) {
            fixtures.position(admin, "Position " + (100 + i));
        }
        String first = mvc.perform(get("/admin/audit").param("type", "position").with(as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Position 154").contains("Position 105").doesNotContain("Position 104");
        String after = first.replaceAll("(?s).*after=([A-Za-z0-9_-]+)\"\\s+data-testid=\"audit-next\".*", "$1");
        mvc.perform(get("/admin/audit").param("type", "position").param("after", after).with(as(admin)))
                .andExpect(content().string(containsString("Position 104")))
                .andExpect(content().string(containsString("Position 100")))
                .andExpect(content().string(not(containsString("Position 105"))));
    }

    @Test
    void showsOnlyTheOrganisationsOwnAuditEntries() throws Exception {
        Actor admin = fixtures.newOrganization();
        Actor other = fixtures.newOrganization();
        fixtures.unit(other, "Foreign unit", null);
        mvc.perform(get("/admin/audit").with(as(admin))).andExpect(content().string(not(containsString("Foreign unit"))));
    }

    @Test
    void showsFailedMailWithItsErrorAndRetriesIt() throws Exception {
        Actor admin = fixtures.newOrganization();
        long failed = fixtures.failedMail(admin);
        mvc.perform(get("/admin/mail").param("status", "FAILED").with(as(admin)))
                .andExpect(content().string(containsString("Connection refused")))
                .andExpect(content().string(containsString("mail-retry-" + failed)));
        mvc.perform(post("/admin/mail/" + failed + "/retry").with(as(admin)).with(csrf())).andExpect(redirectedUrl("/admin/mail"));
        assertThat(jdbc.sql("select status from mail_outbox where id = ?").param(failed).query(String.class).single())
                .isIn("PENDING", "SENT");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'mail' and entity_id = ?").param(failed)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesToRetryMailThatDidNotFailAndChangesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        long sent = fixtures.failedMail(admin);
        jdbc.sql("update mail_outbox set status = 'SENT', attempts = 1 where id = ?").param(sent).update();
        mvc.perform(post("/admin/mail/" + sent + "/retry").with(as(admin)).with(csrf()))
                .andExpect(flash().attributeExists("flashViolations"));
        assertThat(jdbc.sql("select status || attempts from mail_outbox where id = ?").param(sent).query(String.class).single())
                .isEqualTo("SENT1");
    }

    @Test
    void neverShowsMailBodiesWhichMayHoldOneTimeLinks() throws Exception {
        Actor admin = fixtures.newOrganization();
        var person = fixtures.person(admin, "Link holder", null, null);
        mvc.perform(post("/admin/accounts").param("personId", String.valueOf(person.id())).with(as(admin)).with(csrf()));
        mvc.perform(get("/admin/mail").with(as(admin)))
                .andExpect(content().string(containsString(person.email())))
                .andExpect(content().string(not(containsString("/invitation/"))));
    }
}
