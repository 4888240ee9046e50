package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;

class UnitApiTests extends IntegrationTest {

    private static final String UNIT = "{\"code\":\"%s\",\"name\":\"%s\",\"unitType\":\"department\",\"parentId\":%s,\"version\":%d}";

    @Test
    void createsChangesAndDeletesAUnitWithAnAuditTrail() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        String body = mvc.perform(post("/api/v1/units").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(UNIT.formatted("FIN", "Finance", "null", 0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Finance"))
                .andExpect(jsonPath("$.depth").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/units/" + id).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(UNIT.formatted("FIN", "Finance and control", "null", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Finance and control"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(delete("/api/v1/units/" + id).param("version", "1").with(bearer(token)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/units/" + id).with(bearer(token))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_entry where entity_type = 'unit' and entity_id = ?")
                .param(id).query(String.class).single()).isEqualTo("created,updated,deleted");
    }

    @Test
    void answersTheTreeWithHeadCountsRolledUp() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit root = fixtures.unit(admin, "Network", null);
        Unit station = fixtures.unit(admin, "Station", root.id());
        fixtures.person(admin, "One", root.id(), null);
        fixtures.person(admin, "Two", station.id(), null);
        fixtures.person(admin, "Three", station.id(), null);
        mvc.perform(get("/api/v1/units/tree").with(bearer(fixtures.token(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Network"))
                .andExpect(jsonPath("$[0].totalPeople").value(3))
                .andExpect(jsonPath("$[0].directPeople").value(1))
                .andExpect(jsonPath("$[0].children[0].name").value("Station"))
                .andExpect(jsonPath("$[0].children[0].totalPeople").value(2));
    }

    @Test
    void movesAUnitWithItsSubtree() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit a = fixtures.unit(admin, "A", null);
        Unit b = fixtures.unit(admin, "B", null);
        Unit child = fixtures.unit(admin, "A child", a.id());
        mvc.perform(post("/api/v1/units/" + a.id() + "/move").with(bearer(fixtures.token(admin)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + b.id() + ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(b.id()))
                .andExpect(jsonPath("$.depth").value(1));
        assertThat(jdbc.sql("select depth from unit where id = ?").param(child.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void refusesMovingAUnitUnderItsOwnChildAndChangesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit a = fixtures.unit(admin, "A", null);
        Unit child = fixtures.unit(admin, "A child", a.id());
        mvc.perform(post("/api/v1/units/" + a.id() + "/move").with(bearer(fixtures.token(admin)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + child.id() + ",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].code").value("unit.error.cycle"));
        var row = jdbc.sql("select coalesce(parent_id, 0) || ' ' || path || ' ' || version from unit where id = ?")
                .param(a.id()).query(String.class).single();
        assertThat(row).isEqualTo("0 " + a.path() + " 0");
    }

    @Test
    void refusesDeletingAUnitThatHasPeopleOrSubUnits() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        Unit staffed = fixtures.unit(admin, "Staffed", null);
        fixtures.person(admin, "Member", staffed.id(), null);
        Unit parent = fixtures.unit(admin, "Parent", null);
        fixtures.unit(admin, "Child", parent.id());
        mvc.perform(delete("/api/v1/units/" + staffed.id()).param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.invalid"))
                .andExpect(jsonPath("$.errors[0].code").value("unit.error.hasPeople"));
        mvc.perform(delete("/api/v1/units/" + parent.id()).param("version", "0").with(bearer(token)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unit.error.hasChildren"));
        assertThat(jdbc.sql("select count(*) from unit where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void answersStaleEditsMovesAndDeletesWithConflictAndKeepsTheNewerValue() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        Unit unit = fixtures.unit(admin, "Sales", null);
        Unit other = fixtures.unit(admin, "Other", null);
        mvc.perform(put("/api/v1/units/" + unit.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(UNIT.formatted(unit.code(), "Sales north", "null", 0))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/units/" + unit.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content(UNIT.formatted(unit.code(), "Sales south", "null", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/units/" + unit.id() + "/move").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\":" + other.id() + ",\"version\":0}")).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/units/" + unit.id()).param("version", "0").with(bearer(token)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select name || ' ' || coalesce(parent_id, 0) from unit where id = ?").param(unit.id())
                .query(String.class).single()).isEqualTo("Sales north 0");
    }

    @Test
    void answersNotFoundForUnitsOfAnotherOrganisation() throws Exception {
        Actor mine = fixtures.newOrganization();
        String token = fixtures.token(mine);
        Unit own = fixtures.unit(mine, "Own", null);
        Unit foreign = fixtures.unit(fixtures.newOrganization(), "Their unit", null);
        mvc.perform(get("/api/v1/units/" + foreign.id()).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/units/" + foreign.id()).with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(UNIT.formatted("X", "Taken over", "null", 0))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/units/" + foreign.id() + "/move").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\":null,\"version\":0}")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/units/" + foreign.id()).param("version", "0").with(bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/units/" + own.id() + "/move").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + foreign.id() + ",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unit.error.parentUnknown"));
        mvc.perform(get("/api/v1/units").param("q", "Their").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(0)));
        assertThat(jdbc.sql("select name from unit where id = ?").param(foreign.id()).query(String.class).single())
                .isEqualTo("Their unit");
    }

    @Test
    void pagesThroughUnitsWithTheNextCursor() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        for (String name : new String[]{"Alpha", "Bravo", "Charlie"}) {
            fixtures.unit(admin, name, null);
        }
        String first = mvc.perform(get("/api/v1/units").param("size", "2").with(bearer(token)))
                .andExpect(jsonPath("$.items[0].name").value("Alpha"))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andReturn().getResponse().getContentAsString();
        String next = first.replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/units").param("size", "2").param("after", next).with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("Charlie"))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void reportsMissingFieldsAsProblemWithFieldErrors() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/api/v1/units").with(bearer(fixtures.token(admin))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"bad code!\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)));
        assertThat(jdbc.sql("select count(*) from unit where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isZero();
    }
}
