package org.uptake.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

/** Who may read and change units and people: unit heads their subtree, employees themselves, viewers read only. */
class OrgRoleTests extends IntegrationTest {

    @Test
    void unitHeadSeesOnlyPeopleOfTheirSubtree() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit headed = fixtures.unit(admin, "Headed", null);
        Unit below = fixtures.unit(admin, "Below", headed.id());
        Unit outside = fixtures.unit(admin, "Outside", null);
        Person inside = fixtures.person(admin, "Inside Ivan", below.id(), null);
        Person stranger = fixtures.person(admin, "Stranger Sergei", outside.id(), null);
        Actor head = fixtures.user(admin, headed.id(), Role.UNIT_HEAD);
        fixtures.makeHead(admin, headed, head.personId());
        mvc.perform(get("/people").with(as(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inside Ivan")))
                .andExpect(content().string(not(containsString("Stranger Sergei"))));
        mvc.perform(get("/people/" + inside.id()).with(as(head))).andExpect(status().isOk());
        mvc.perform(get("/people/" + stranger.id()).with(as(head))).andExpect(status().isNotFound());
        mvc.perform(get("/people").param("unitId", String.valueOf(outside.id())).with(as(head)))
                .andExpect(content().string(not(containsString("Stranger Sergei"))));
        mvc.perform(get("/units/" + outside.id()).with(as(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Stranger Sergei"))));
        String token = fixtures.token(head, "read");
        mvc.perform(get("/api/v1/people/" + stranger.id()).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people").param("q", "Sergei").with(bearer(token))).andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void employeeCannotListPeopleButOpensTheirOwnRecord() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Workshop", null);
        Person colleague = fixtures.person(admin, "Colleague Clara", unit.id(), null);
        Actor employee = fixtures.user(admin, unit.id(), Role.EMPLOYEE);
        mvc.perform(get("/people").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/people/picker").param("q", "Clara").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/people/" + employee.personId()).with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"person-edit\""))))
                .andExpect(content().string(not(containsString("/admin/accounts/person/"))));
        mvc.perform(get("/people/" + colleague.id()).with(as(employee))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + unit.id()).with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Colleague Clara"))));
        mvc.perform(get("/api/v1/people").with(bearer(fixtures.token(employee, "read")))).andExpect(status().isForbidden());
    }

    @Test
    void viewerReadsEverythingButCannotChangeAnything() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Workshop", null);
        Person person = fixtures.person(admin, "Pavel", unit.id(), null);
        Actor viewer = fixtures.user(admin, null, Role.VIEWER);
        for (String page : new String[]{"/units", "/units/list", "/units/" + unit.id(), "/people", "/people/" + person.id()}) {
            mvc.perform(get(page).with(as(viewer))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("data-testid=\"unit-edit\""))));
        }
        for (String form : new String[]{"/units/new", "/units/" + unit.id() + "/edit", "/units/" + unit.id() + "/move",
                "/people/new", "/people/" + person.id() + "/edit"}) {
            mvc.perform(get(form).with(as(viewer))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/units").with(as(viewer)).with(csrf())
                .param("code", "V1").param("name", "Viewer unit").param("unitType", "team")).andExpect(status().isForbidden());
        mvc.perform(post("/units/" + unit.id()).with(as(viewer)).with(csrf())
                .param("code", unit.code()).param("name", "Renamed").param("unitType", "team").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + unit.id() + "/move").with(as(viewer)).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + unit.id() + "/delete").with(as(viewer)).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people").with(as(viewer)).with(csrf()).param("fullName", "New").param("email", "n@example.test"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + person.id()).with(as(viewer)).with(csrf())
                .param("fullName", "Renamed").param("email", person.email()).param("version", "0"))
                .andExpect(status().isForbidden());
        String token = fixtures.token(viewer, "read", "write");
        mvc.perform(post("/api/v1/units").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"V2\",\"name\":\"Viewer unit\",\"unitType\":\"team\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"New\",\"email\":\"n@example.test\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/units/tree").with(bearer(token))).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select name from unit where id = ?").param(unit.id())
                .query(String.class).single()).isEqualTo("Workshop");
    }

    @Test
    void pagesAskSignedOutVisitorsToSignIn() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
    }
}
