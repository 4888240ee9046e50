package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.ImportFiles;
import org.uptake.support.IntegrationTest;
import org.uptake.support.OrgState;

/** Importing the unit tree: parents by code in any order, moves with the subtree, heads, and loops refused. */
class UnitImportTests extends IntegrationTest {

    private ResultActions send(Actor admin, String token, byte[] file, boolean dryRun) throws Exception {
        return mvc.perform(upload("units", "units.csv", file, dryRun).with(bearer(token)));
    }

    private Map<String, Object> unit(Actor admin, String code) {
        return jdbc.sql("""
                select u.id, u.name, u.unit_type, u.path, u.depth, u.version, p.code as parent, u.head_person_id, u.acting_head_person_id
                from unit u left join unit p on p.id = u.parent_id where u.organization_id = ? and u.code = ?""")
                .params(admin.organizationId(), code).query().singleRow();
    }

    @Test
    void buildsATreeFromAFileWhereChildrenComeBeforeTheirParents() throws Exception {
        Actor admin = fixtures.newOrganization();
        String token = fixtures.token(admin);
        byte[] file = ImportFiles.csv("code;name;type;parent_code", "ST-7;Station 7;station;REG-N", "REG-N;North;region;HQ",
                "HQ;Head office;company;");
        send(admin, token, file, true).andExpect(status().isOk()).andExpect(jsonPath("$.creates").value(3));
        send(admin, token, file, false).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"));
        Map<String, Object> hq = unit(admin, "HQ");
        Map<String, Object> region = unit(admin, "REG-N");
        Map<String, Object> station = unit(admin, "ST-7");
        assertThat(station).containsEntry("parent", "REG-N").containsEntry("depth", 2).containsEntry("unit_type", "station")
                .containsEntry("path", "/" + hq.get("id") + "/" + region.get("id") + "/" + station.get("id") + "/");
        assertThat(hq).containsEntry("parent", null).containsEntry("depth", 0);
        assertThat(jdbc.sql("select count(*) from audit_entry where organization_id = ? and entity_type = 'unit' and action = 'created'")
                .param(admin.organizationId()).query(Long.class).single()).isEqualTo(3);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/units/tree").with(bearer(token)))
                .andExpect(jsonPath("$[0].code").value("HQ"))
                .andExpect(jsonPath("$[0].children[0].children[0].code").value("ST-7"));
    }

    @Test
    void aNewParentMovesTheUnitWithItsSubtree() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit a = fixtures.unit(admin, "A", null);
        Unit a1 = fixtures.unit(admin, "A1", a.id());
        Unit a11 = fixtures.unit(admin, "A11", a1.id());
        Unit b = fixtures.unit(admin, "B", null);
        send(admin, fixtures.token(admin), ImportFiles.csv("code,name,parent_code", a.code() + ",A moved," + b.code()), false)
                .andExpect(jsonPath("$.updates").value(1));
        String base = "/" + b.id() + "/" + a.id() + "/";
        assertThat(unit(admin, a.code())).containsEntry("path", base).containsEntry("depth", 1).containsEntry("version", 1)
                .containsEntry("name", "A moved");
        assertThat(unit(admin, a1.code())).containsEntry("path", base + a1.id() + "/").containsEntry("depth", 2).containsEntry("version", 0);
        assertThat(unit(admin, a11.code())).containsEntry("path", base + a1.id() + "/" + a11.id() + "/").containsEntry("depth", 3);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'unit' and action = 'updated' and entity_id in (?, ?, ?)")
                .params(a.id(), a1.id(), a11.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void namesHeadsByEmployeeNumberOrEmailAndKeepsColumnsLeftOut() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Station", null);
        Person head = fixtures.person(admin, "Head", unit.id(), null);
        Person acting = fixtures.person(admin, "Acting", unit.id(), null);
        String token = fixtures.token(admin);
        send(admin, token, ImportFiles.csv("code,name,head,acting_head", unit.code() + ",Station," + head.employeeNumber() + ","
                + acting.email().toUpperCase()), false).andExpect(jsonPath("$.updates").value(1));
        assertThat(unit(admin, unit.code())).containsEntry("head_person_id", head.id()).containsEntry("acting_head_person_id", acting.id())
                .containsEntry("unit_type", "department");
        send(admin, token, ImportFiles.csv("code,name", unit.code() + ",Station"), true)
                .andExpect(jsonPath("$.unchanged").value(1)).andExpect(jsonPath("$.rows[0].action").value("UNCHANGED"));
    }

    private ResultActions refused(Actor admin, byte[] file) throws Exception {
        String token = fixtures.token(admin);
        OrgState before = OrgState.of(jdbc, admin.organizationId());
        ResultActions result = send(admin, token, file, false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(OrgState.of(jdbc, admin.organizationId())).isEqualTo(before);
        return result;
    }

    @Test
    void refusesALoopInTheFile() throws Exception {
        Actor admin = fixtures.newOrganization();
        refused(admin, ImportFiles.csv("code,name,parent_code", "X,X,Y", "Y,Y,Z", "Z,Z,X", "OK,Fine,"))
                .andExpect(jsonPath("$.errorCount").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("parent_code"))
                .andExpect(jsonPath("$.problems[0].message").value("The unit tree goes round in a circle: X → Y → Z → X."));
    }

    @Test
    void refusesALoopThroughExistingUnitsAndAUnitUnderItself() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit top = fixtures.unit(admin, "Top", null);
        Unit child = fixtures.unit(admin, "Child", top.id());
        refused(admin, ImportFiles.csv("code,name,parent_code", top.code() + ",Top," + child.code(), "SELF,Self,SELF"))
                .andExpect(jsonPath("$.problems", hasSize(2)))
                .andExpect(jsonPath("$.problems[0].code").value("import.unit.error.cycle"))
                .andExpect(jsonPath("$.problems[1].message").value(containsString("SELF → SELF")));
    }

    @Test
    void refusesUnknownParentsHeadsWhoLeftBadAndDuplicateCodes() throws Exception {
        Actor admin = fixtures.newOrganization();
        Person left = fixtures.person(admin, "Gone", null, null);
        jdbc.sql("update person set employment_status = 'LEFT' where id = ?").param(left.id()).update();
        refused(admin, ImportFiles.csv("code,name,parent_code,head", "U1,One,NOWHERE,", "U2,Two,," + left.employeeNumber(),
                "U1,Again,,", "bad code!,Bad,,", "U5,,,"))
                .andExpect(jsonPath("$.problems[*].code").value(org.hamcrest.Matchers.contains("import.unit.error.parentUnknown",
                        "import.unit.error.headUnknown", "import.error.duplicate", "validation.code", "import.error.required")))
                .andExpect(jsonPath("$.problems[2].row").value(4));
    }
}
