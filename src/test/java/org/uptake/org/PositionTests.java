package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;

class PositionTests extends IntegrationTest {

    @Test
    void createsPositionThroughApiAndAuditsIt() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        mvc.perform(post("/api/v1/positions").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"MECH\",\"title\":\"Mechanic\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Mechanic"));
        long audits = jdbc.sql("select count(*) from audit_entry where organization_id = ? and entity_type = 'position'")
                .param(admin.organizationId()).query(Long.class).single();
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void answersStaleEditWithConflictAndKeepsTheNewerValue() throws Exception {
        Actor admin = fixtures.newOrganization();
        var p = fixtures.position(admin, "Mechanic");
        String token = fixtures.token(admin);
        String body = "{\"code\":\"%s\",\"title\":\"%s\",\"version\":%d}";
        mvc.perform(put("/api/v1/positions/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(p.code(), "Senior mechanic", 0))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/positions/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(p.code(), "Junior mechanic", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String title = jdbc.sql("select title from position where id = ?").param(p.id()).query(String.class).single();
        assertThat(title).isEqualTo("Senior mechanic");
    }

    @Test
    void hidesPositionsOfAnotherOrganisation() throws Exception {
        Actor mine = fixtures.newOrganization();
        Actor theirs = fixtures.newOrganization();
        var foreign = fixtures.position(theirs, "Their job");
        mvc.perform(get("/api/v1/positions/" + foreign.id()).with(bearer(fixtures.token(mine))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/positions/" + foreign.id()).with(as(mine))).andExpect(status().isNotFound());
    }

    @Test
    void showsFieldErrorsInlineWhenTitleIsMissing() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/positions").with(as(admin)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("code", "X1").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
        long count = jdbc.sql("select count(*) from position where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
        assertThat(count).isZero();
    }
}
