package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.IntegrationTest;

class UnitPageTests extends IntegrationTest {

    @Test
    void createsAUnitUnderAParentThroughTheFormAndShowsItOnItsPage() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit parent = fixtures.unit(admin, "Head office", null);
        mvc.perform(post("/units").with(as(admin)).with(csrf())
                        .param("code", "FIN").param("name", "Finance").param("unitType", "department")
                        .param("parentId", String.valueOf(parent.id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/units/*"));
        long id = jdbc.sql("select id from unit where organization_id = ? and code = 'FIN'")
                .param(admin.organizationId()).query(Long.class).single();
        String path = jdbc.sql("select path from unit where id = ?").param(id).query(String.class).single();
        assertThat(path).isEqualTo(parent.path() + id + "/");
        mvc.perform(get("/units/" + id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finance")))
                .andExpect(content().string(containsString("Head office")))
                .andExpect(content().string(containsString("History")));
    }

    @Test
    void showsFieldErrorsInlineAndSavesNothingWhenNameIsMissing() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(post("/units").with(as(admin)).with(csrf())
                        .param("code", "X1").param("name", "").param("unitType", "department"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        assertThat(unitCount(admin)).isZero();
    }

    @Test
    void editsNameAndHeadThroughTheFormAndAuditsTheChange() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Sales", null);
        var head = fixtures.person(admin, "Hanna Head", unit.id(), null);
        mvc.perform(post("/units/" + unit.id()).with(as(admin)).with(csrf())
                        .param("code", unit.code()).param("name", "Sales and marketing").param("unitType", "department")
                        .param("headPersonId", String.valueOf(head.id())).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name from unit where id = ?").param(unit.id()).query(String.class).single())
                .isEqualTo("Sales and marketing");
        mvc.perform(get("/units/" + unit.id()).with(as(admin)))
                .andExpect(content().string(containsString("Hanna Head")))
                .andExpect(content().string(containsString("Sales and marketing")));
        assertThat(auditCount(admin, unit.id(), "updated")).isEqualTo(1);
    }

    @Test
    void showsAStaleEditAsAFormMessageAndKeepsTheNewerName() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Sales", null);
        fixtures.makeHead(admin, unit, fixtures.person(admin, "Someone", null, null).id());
        mvc.perform(post("/units/" + unit.id()).with(as(admin)).with(csrf())
                        .param("code", unit.code()).param("name", "Stale name").param("unitType", "department")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        assertThat(jdbc.sql("select name from unit where id = ?").param(unit.id()).query(String.class).single())
                .isEqualTo("Sales");
    }

    @Test
    void showsTheTreeWithHeadCountsRolledUpFromSubUnits() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit root = fixtures.unit(admin, "Network", null);
        Unit region = fixtures.unit(admin, "North region", root.id());
        Unit station = fixtures.unit(admin, "North station", region.id());
        fixtures.person(admin, "Root person", root.id(), null);
        fixtures.person(admin, "Station one", station.id(), null);
        fixtures.person(admin, "Station two", station.id(), null);
        fixtures.makeHead(admin, region, fixtures.person(admin, "Regina Region", region.id(), null).id());
        mvc.perform(get("/units").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 people (1 in the unit itself)")))
                .andExpect(content().string(containsString("3 people (1 in the unit itself)")))
                .andExpect(content().string(containsString("Regina Region")))
                .andExpect(content().string(containsString("<details open=\"open\">")))
                .andExpect(content().string(containsString("hx-get=\"/units/" + region.id() + "/branch\"")));
        mvc.perform(get("/units/" + region.id() + "/branch").with(as(admin)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("North station")))
                .andExpect(content().string(containsString("2 people (2 in the unit itself)")))
                .andExpect(content().string(not(containsString("North region"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void rendersOnlyTheFirstTwoLevelsOfTheTreeAndUnfoldsTheRestOnDemand() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit root = fixtures.unit(admin, "Root", null);
        Unit level1 = fixtures.unit(admin, "Level one", root.id());
        Unit level2 = fixtures.unit(admin, "Level two", level1.id());
        fixtures.unit(admin, "Level three", level2.id());
        mvc.perform(get("/units").with(as(admin)))
                .andExpect(content().string(containsString("Level one")))
                .andExpect(content().string(not(containsString("Level two"))));
        mvc.perform(get("/units/" + level1.id() + "/branch").with(as(admin)))
                .andExpect(content().string(containsString("Level two")))
                .andExpect(content().string(containsString("hx-get=\"/units/" + level2.id() + "/branch\"")))
                .andExpect(content().string(not(containsString("Level three"))));
    }

    @Test
    void movesAUnitWithItsSubtreeThroughTheMoveForm() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit a = fixtures.unit(admin, "A", null);
        Unit b = fixtures.unit(admin, "B", null);
        Unit child = fixtures.unit(admin, "A child", a.id());
        mvc.perform(get("/units/" + a.id() + "/move").with(as(admin))).andExpect(status().isOk());
        mvc.perform(post("/units/" + a.id() + "/move").with(as(admin)).with(csrf())
                        .param("parentId", String.valueOf(b.id())).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String childPath = jdbc.sql("select path from unit where id = ?").param(child.id()).query(String.class).single();
        assertThat(childPath).isEqualTo("/" + b.id() + "/" + a.id() + "/" + child.id() + "/");
    }

    @Test
    void refusesMovingAUnitUnderItsOwnSubtreeAndChangesNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit a = fixtures.unit(admin, "A", null);
        Unit child = fixtures.unit(admin, "A child", a.id());
        Unit grandchild = fixtures.unit(admin, "A grandchild", child.id());
        mvc.perform(post("/units/" + a.id() + "/move").with(as(admin)).with(csrf())
                        .param("parentId", String.valueOf(grandchild.id())).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be moved under itself")));
        var after = jdbc.sql("select parent_id, path, version from unit where id = ?").param(a.id())
                .query((rs, n) -> new Object[]{rs.getObject(1), rs.getString(2), rs.getInt(3)}).single();
        assertThat(after).containsExactly(null, a.path(), 0);
    }

    @Test
    void refusesMovingAUnitUnderItselfThroughTheEditForm() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit a = fixtures.unit(admin, "A", null);
        Unit child = fixtures.unit(admin, "A child", a.id());
        mvc.perform(post("/units/" + a.id()).with(as(admin)).with(csrf())
                        .param("code", a.code()).param("name", "Renamed").param("unitType", "department")
                        .param("parentId", String.valueOf(child.id())).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be moved under itself")));
        assertThat(jdbc.sql("select name from unit where id = ?").param(a.id()).query(String.class).single()).isEqualTo("A");
    }

    @Test
    void deletesAnEmptyUnit() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Temporary", null);
        mvc.perform(post("/units/" + unit.id() + "/delete").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(unitCount(admin)).isZero();
        assertThat(auditCount(admin, unit.id(), "deleted")).isEqualTo(1);
    }

    @Test
    void refusesDeletingAUnitWithPeopleOrSubUnitsWithAClearMessage() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit withPeople = fixtures.unit(admin, "Staffed", null);
        fixtures.person(admin, "Staff member", withPeople.id(), null);
        Unit withChildren = fixtures.unit(admin, "Parent", null);
        fixtures.unit(admin, "Child", withChildren.id());
        mvc.perform(post("/units/" + withPeople.id() + "/delete").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This unit still has people; move them first.")));
        mvc.perform(post("/units/" + withChildren.id() + "/delete").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This unit has sub-units; move or delete them first.")));
        assertThat(unitCount(admin)).isEqualTo(3);
    }

    @Test
    void answersNotFoundForUnitsOfAnotherOrganisation() throws Exception {
        Actor mine = fixtures.newOrganization();
        Actor theirs = fixtures.newOrganization();
        Unit foreign = fixtures.unit(theirs, "Their unit", null);
        mvc.perform(get("/units/" + foreign.id()).with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + foreign.id() + "/edit").with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + foreign.id() + "/move").with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + foreign.id() + "/branch").with(as(mine))).andExpect(status().isNotFound());
        mvc.perform(get("/units/new").param("parentId", String.valueOf(foreign.id())).with(as(mine)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/units/" + foreign.id() + "/delete").with(as(mine)).with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units").with(as(mine))).andExpect(content().string(not(containsString("Their unit"))));
        assertThat(jdbc.sql("select count(*) from unit where id = ?").param(foreign.id()).query(Long.class).single()).isOne();
    }

    @Test
    void refusesAParentFromAnotherOrganisationAsIfItDidNotExist() throws Exception {
        Actor mine = fixtures.newOrganization();
        Unit foreign = fixtures.unit(fixtures.newOrganization(), "Their unit", null);
        mvc.perform(post("/units").with(as(mine)).with(csrf())
                        .param("code", "X").param("name", "Mine").param("unitType", "team")
                        .param("parentId", String.valueOf(foreign.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The parent unit does not exist.")));
        assertThat(unitCount(mine)).isZero();
    }

    @Test
    void offersUnitsInThePickerBySearchText() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit finance = fixtures.unit(admin, "Finance", null);
        fixtures.unit(admin, "Workshop", null);
        mvc.perform(get("/units/picker").param("q", "fin").with(as(admin)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-pick-id=\"" + finance.id() + "\"")))
                .andExpect(content().string(not(containsString("Workshop"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void searchesTheUnitListAndAnswersHtmxWithRowsOnly() throws Exception {
        Actor admin = fixtures.newOrganization();
        fixtures.unit(admin, "Finance", null);
        fixtures.unit(admin, "Workshop", null);
        mvc.perform(get("/units/list").param("q", "work").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Workshop")))
                .andExpect(content().string(not(containsString(">Finance<"))));
        mvc.perform(get("/units/list").param("q", "work").with(as(admin)).header("HX-Request", "true"))
                .andExpect(content().string(containsString("Workshop")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    private long unitCount(Actor admin) {
        return jdbc.sql("select count(*) from unit where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single();
    }

    private long auditCount(Actor admin, long unitId, String action) {
        return jdbc.sql("select count(*) from audit_entry where organization_id = ? and entity_type = 'unit' and entity_id = ? and action = ?")
                .params(admin.organizationId(), unitId, action).query(Long.class).single();
    }
}
