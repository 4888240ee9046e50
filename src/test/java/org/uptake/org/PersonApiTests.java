package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;

class PersonApiTests extends IntegrationTest {

    private static String json(String name, String email, String number, Long unitId, Long managerId, String status, int version) {
        return "{\"fullName\":\"%s\",\"email\":%s,\"employeeNumber\":%s,\"unitId\":%s,\"managerId\":%s,\"employmentStatus\":\"%s\",\"version\":%d}"
                .formatted(name, email == null ? "null" : "\"" + email + "\"", number == null ? "null" : "\"" + number + "\"",
                        unitId, managerId, status, version);
    }

    @Test
    void createsAndChangesAPersonWithAnAuditTrail() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        Unit unit = fixtures.unit(admin, "Workshop", null);
        String body = mvc.perform(post("/api/v1/people").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Ivan Ivanov", "ivan@example.test", "E1", unit.id(), null, "ACTIVE", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName").value("Ivan Ivanov"))
                .andExpect(jsonPath("$.unitId").value(unit.id()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/people/" + id).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Ivan Ivanov", "ivan@example.test", "E1", unit.id(), null, "ON_LEAVE", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employmentStatus").value("ON_LEAVE"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/people/" + id).with(bearer(token))).andExpect(jsonPath("$.employmentStatus").value("ON_LEAVE"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'person' and entity_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void reportsEveryDomainViolationAsAFieldErrorAndSavesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person existing = fixtures.person(admin, "Existing", null, null);
        mvc.perform(post("/api/v1/people").with(bearer(fixtures.token(admin))).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Copy", existing.email(), existing.employeeNumber(), 999_999_999L, 999_999_999L, "ACTIVE", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("email", "employeeNumber", "unitId", "managerId")))
                .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("person.error.emailTaken",
                        "person.error.numberTaken", "person.error.unitUnknown", "person.error.managerUnknown")));
        assertThat(jdbc.sql("select count(*) from person where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void refusesAManagerCycleOfTwoPeople() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        Person a = fixtures.person(admin, "Anna", null, null);
        Person b = fixtures.person(admin, "Boris", null, null);
        mvc.perform(put("/api/v1/people/" + b.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json("Boris", b.email(), b.employeeNumber(), null, a.id(), "ACTIVE", 0))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/people/" + a.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Anna", a.email(), a.employeeNumber(), null, b.id(), "ACTIVE", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("managerId"))
                .andExpect(jsonPath("$.errors[0].code").value("person.error.managerCycle"));
        assertThat(jdbc.sql("select version from person where id = ?").param(a.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void refusesMarkingAUnitHeadAsLeft() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Sales", null);
        Person head = fixtures.person(admin, "Hanna Head", unit.id(), null);
        fixtures.makeHead(admin, unit, head.id());
        mvc.perform(put("/api/v1/people/" + head.id()).with(bearer(fixtures.token(admin))).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Hanna Head", head.email(), head.employeeNumber(), unit.id(), null, "LEFT", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("person.error.headsUnit"));
        assertThat(jdbc.sql("select employment_status from person where id = ?").param(head.id()).query(String.class).single())
                .isEqualTo("ACTIVE");
    }

    @Test
    void answersAStaleEditWithConflictAndKeepsTheNewerValue() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        Person p = fixtures.person(admin, "Original", null, null);
        mvc.perform(put("/api/v1/people/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(json("Newer", p.email(), p.employeeNumber(), null, null, "ACTIVE", 0))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/people/" + p.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Stale", p.email(), p.employeeNumber(), null, null, "ACTIVE", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.sql("select full_name from person where id = ?").param(p.id()).query(String.class).single())
                .isEqualTo("Newer");
    }

    @Test
    void filtersByUnitSubtreePositionAndStatus() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        Unit region = fixtures.unit(admin, "Region", null);
        Unit station = fixtures.unit(admin, "Station", region.id());
        var mechanic = fixtures.position(admin, "Mechanic");
        fixtures.person(admin, "Deep", station.id(), mechanic.id());
        fixtures.person(admin, "Shallow", region.id(), null);
        fixtures.person(admin, "Outside", null, mechanic.id());
        mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(region.id())).with(bearer(token)))
                .andExpect(jsonPath("$.items[*].fullName").value(containsInAnyOrder("Deep", "Shallow")));
        mvc.perform(get("/api/v1/people").param("positionId", String.valueOf(mechanic.id())).with(bearer(token)))
                .andExpect(jsonPath("$.items[*].fullName").value(containsInAnyOrder("Deep", "Outside")));
        mvc.perform(get("/api/v1/people").param("status", "LEFT").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/v1/people").param("status", "RETIRED").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void answersNotFoundForPeopleOfAnotherOrganisation() throws Exception {
        Actor mine = fixtures.newOrganization();
        String token = fixtures.token(mine);
        Actor theirs = fixtures.newOrganization();
        Person foreign = fixtures.person(theirs, "Their person", null, null);
        mvc.perform(get("/api/v1/people/" + foreign.id()).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/people/" + foreign.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Hijacked", foreign.email(), foreign.employeeNumber(), null, null, "ACTIVE", 0)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Mine", "mine@example.test", null, null, foreign.id(), "ACTIVE", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("person.error.managerUnknown"));
        assertThat(jdbc.sql("select full_name from person where id = ?").param(foreign.id()).query(String.class).single())
                .isEqualTo("Their person");
    }

    @Test
    void describesUnitsAndPeopleInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/units/tree'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{id}/move'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.hasItems("q", "unitId", "positionId", "status", "after", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}'].put").exists())
                .andExpect(jsonPath("$.tags[*].name").value(org.hamcrest.Matchers.hasItems("Units", "People")));
    }
}
