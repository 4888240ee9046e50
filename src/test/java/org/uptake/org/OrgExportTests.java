package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

/** Exports of units and positions: the import's columns, formulas neutralised, unit heads see their subtree. */
class OrgExportTests extends IntegrationTest {

    @Test
    void exportsTheUnitTreeParentsFirstAndImportsItBackUnchanged() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit top = fixtures.unit(admin, "@Top", null);
        Unit child = fixtures.unit(admin, "Child", top.id());
        Person head = fixtures.person(admin, "Head", child.id(), null);
        fixtures.makeHead(admin, child, head.id());
        byte[] csv = mvc.perform(get("/exports/units.csv").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,name,type,parent_code,head,acting_head\r\n" + top.code() + ",'@Top,department,,,\r\n"
                + child.code() + ",Child,department," + top.code() + "," + head.employeeNumber() + ",\r\n");
        mvc.perform(upload("units", "units.csv", csv, true).with(bearer(fixtures.token(admin))))
                .andExpect(jsonPath("$.unchanged").value(2)).andExpect(jsonPath("$.errorCount").value(0));
    }

    @Test
    void aUnitHeadExportsTheirSubtreeOnlyAndAnEmployeeNoUnits() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit headed = fixtures.unit(admin, "Headed", null);
        Unit below = fixtures.unit(admin, "Below", headed.id());
        Unit elsewhere = fixtures.unit(admin, "Elsewhere", null);
        Actor head = fixtures.user(admin, headed.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, fixtures.unitReloaded(admin, headed.id()), head.personId());
        byte[] xlsx = mvc.perform(get("/exports/units.xlsx").with(as(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(headed.code());
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(below.code());
        }
        assertThat(mvc.perform(get("/exports/units.csv").with(as(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(elsewhere.code());
        Actor employee = fixtures.user(admin, elsewhere.id(), Role.EMPLOYEE);
        mvc.perform(get("/exports/units.csv").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/exports/positions.csv").with(as(employee))).andExpect(status().isForbidden());
    }

    @Test
    void exportsPositionsWithFormulasNeutralised() throws Exception {
        Actor admin = fixtures.newOrganization();
        var hostile = fixtures.position(admin, "+SUM(1,2)");
        String csv = mvc.perform(get("/exports/positions.csv").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(hostile.code() + ",\"'+SUM(1,2)\",");
        byte[] xlsx = mvc.perform(get("/exports/positions.xlsx").with(as(admin))).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertThat(cell.getStringCellValue()).isEqualTo("+SUM(1,2)");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
