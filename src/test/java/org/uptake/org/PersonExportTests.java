package org.uptake.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.uptake.org.person.Person;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.IntegrationTest;

/** Exporting people: the import's columns, formulas neutralised, and only what the actor may see. */
class PersonExportTests extends IntegrationTest {

    @Test
    void exportsTheImportColumnsWithFormulasNeutralisedAndImportsBackUnchanged() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Station", null);
        Person boss = fixtures.person(admin, "Boss", unit.id(), fixtures.position(admin, "Chief").id());
        Person hostile = fixtures.person(admin, "=HYPERLINK(\"http://evil\")", unit.id(), null);
        jdbc.sql("update person set manager_id = ? where id = ?").params(boss.id(), hostile.id()).update();

        byte[] csv = mvc.perform(get("/exports/people.csv").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("people-")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFemployee_number,email,full_name,unit_code,position_code,manager,status,time_zone,language");
        assertThat(text).contains(hostile.employeeNumber() + "," + hostile.email() + ",\"'=HYPERLINK(\"\"http://evil\"\")\","
                + unit.code() + ",," + boss.employeeNumber() + ",ACTIVE");

        byte[] xlsx = mvc.perform(get("/exports/people.xlsx").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var cell = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(r -> sheet.getRow(r).getCell(2))
                    .filter(c -> c.getStringCellValue().contains("HYPERLINK")).findFirst().orElseThrow();
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        mvc.perform(upload("people", "people.csv", csv, true).with(bearer(fixtures.token(admin))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.unchanged").value(3))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errorCount").value(0));
    }

    @Test
    void aUnitHeadExportsOnlyTheirSubtreeAndAnEmployeeNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        Unit headed = fixtures.unit(admin, "Headed", null);
        Unit child = fixtures.unit(admin, "Child", headed.id());
        Unit other = fixtures.unit(admin, "Other", null);
        Actor headActor = fixtures.user(admin, headed.id(), Role.EMPLOYEE);
        fixtures.makeHead(admin, fixtures.unitReloaded(admin, headed.id()), headActor.personId());
        Person inside = fixtures.person(admin, "Inside Child", child.id(), null);
        Person outside = fixtures.person(admin, "Outside", other.id(), null);

        String csv = mvc.perform(get("/exports/people.csv").with(as(headActor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(inside.employeeNumber()).doesNotContain(outside.employeeNumber());

        Actor employee = fixtures.user(admin, other.id(), Role.EMPLOYEE);
        mvc.perform(get("/exports/people.csv").with(as(employee))).andExpect(status().isForbidden());
    }
}
