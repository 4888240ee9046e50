package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

/** Names that are markup stay text on every access page; odd parameters get a clear 4xx, never a 500. */
class AccessHostileInputTests extends IntegrationTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Test
    void showsMarkupInNamesEscapedOnTheAccessPages() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, XSS, null);
        Person person = fixtures.person(admin, XSS, unit.id(), null);
        mvc.perform(post("/admin/accounts").param("personId", String.valueOf(person.id())).with(as(admin)).with(csrf()));
        long account = jdbc.sql("select id from user_account where person_id = ?").param(person.id()).query(Long.class).single();
        mvc.perform(post("/profile/tokens").param("name", XSS).param("scopes", "read").with(as(admin)).with(csrf()));
        jdbc.sql("update mail_outbox set subject = ? where organization_id = ?").params(XSS, admin.organizationId()).update();
        Actor head = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, fixtures.unitReloaded(admin, unit.id()), head.personId());
        for (String page : new String[]{"/admin/accounts", "/admin/accounts?q=script", "/admin/accounts/" + account,
                "/admin/accounts/picker?q=", "/admin/audit", "/admin/mail",
                "/profile", "/admin/accounts/bulk?unitId=" + unit.id()}) {
            String html = mvc.perform(get(page).with(as(admin))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        }
        String headHome = mvc.perform(get("/").with(as(head))).andReturn().getResponse().getContentAsString();
        assertThat(headHome).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void answersUnknownFilterValuesWithBadRequest() throws Exception {
        Actor admin = fixtures.newOrganization();
        for (String page : new String[]{"/admin/accounts?account=SOMETIMES", "/admin/accounts?role=KING",
                "/admin/accounts?unitId=abc", "/admin/audit?userId=x", "/admin/accounts/bulk?unitId=-1"}) {
            int status = mvc.perform(get(page).with(as(admin))).andReturn().getResponse().getStatus();
            assertThat(status).as(page).isIn(400, 404);
        }
    }

    @Test
    void treatsSqlMetacharactersInTheAccountSearchAsText() throws Exception {
        Actor admin = fixtures.newOrganization();
        fixtures.person(admin, "O'Brien 100%", null, null);
        for (String q : new String[]{"'; drop table user_account; --", "%", "_", "\\", "o'brien"}) {
            String html = mvc.perform(get("/admin/accounts").param("q", q).with(as(admin))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(q).contains("accounts-table");
        }
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isPositive();
    }
}
