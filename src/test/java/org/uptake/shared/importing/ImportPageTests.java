package org.uptake.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.uptake.shared.Actor;
import org.uptake.support.ImportFiles;
import org.uptake.support.IntegrationTest;
import org.uptake.support.OrgState;

/** The import pages: upload form, inline refusal of unreadable files, preview with problems, error report, apply with progress. */
class ImportPageTests extends IntegrationTest {

    private MvcResult upload(Actor admin, byte[] file) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "people.csv", "text/csv", file))
                .param("kind", "people").with(as(admin)).with(csrf())).andReturn();
    }

    @Test
    void showsTheUploadFormWithTheColumnsTheirMeaningAndTemplates() throws Exception {
        Actor admin = fixtures.newOrganization();
        mvc.perform(get("/imports/new").param("kind", "people").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("employee_number")))
                .andExpect(content().string(containsString("The manager&#39;s employee number or e-mail")))
                .andExpect(content().string(containsString("/imports/templates/people.xlsx")));
        mvc.perform(get("/imports/new").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/imports/new?kind=people")));
        mvc.perform(get("/imports/new").param("kind", "salaries").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void refusesAnUnreadableFileInlineAndStoresNothing() throws Exception {
        Actor admin = fixtures.newOrganization();
        OrgState before = OrgState.of(jdbc, admin.organizationId());
        MvcResult result = upload(admin, ImportFiles.csv("name;mail", "Anna;a@example.test"));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString())
                .contains("Required columns are missing: full_name.")
                .contains("Unknown columns: name, mail.")
                .contains("data-testid=\"import-form\"");
        assertThat(OrgState.of(jdbc, admin.organizationId())).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from import_job where organization_id = ?").param(admin.organizationId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void previewNamesEachBrokenRowColumnAndReasonAndOffersTheErrorReport() throws Exception {
        Actor admin = fixtures.newOrganization();
        MvcResult result = upload(admin, ImportFiles.csv("employee_number,email,full_name,unit_code",
                "P1,p1@example.test,Anna,", "P2,p2@example.test,Boris,NOWHERE"));
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        mvc.perform(get(location).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has errors")))
                .andExpect(content().string(containsString("No unit has this code.")))
                .andExpect(content().string(containsString("NOWHERE")))
                .andExpect(content().string(containsString("Nothing has been imported.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-testid=\"import-apply\""))));
        String report = mvc.perform(get(location + "/errors.csv").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("errors.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Row,Column,Value,Reason").contains("3,unit_code,NOWHERE,No unit has this code.");
        assertThat(jdbc.sql("select count(*) from person where organization_id = ? and employee_number in ('P1', 'P2')")
                .param(admin.organizationId()).query(Long.class).single()).isZero();
    }

    @Test
    void appliesInTheBackgroundWhileTheProgressBarPollsTheJob() throws Exception {
        Actor admin = fixtures.newOrganization();
        String location = upload(admin, ImportFiles.csv("employee_number,email,full_name", "G1,g1@example.test,Galina",
                "G2,g2@example.test,Gleb")).getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(admin)))
                .andExpect(content().string(containsString("ready to apply")))
                .andExpect(content().string(containsString("data-testid=\"import-apply\"")));
        mvc.perform(post(location + "/apply").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        MvcResult poll;
        do {
            poll = mvc.perform(get(location + "/progress").header("HX-Request", "true").with(as(admin))).andReturn();
            assertThat(poll.getResponse().getStatus()).isEqualTo(200);
        } while (poll.getResponse().getHeader("HX-Refresh") == null && System.nanoTime() < deadline);
        assertThat(poll.getResponse().getHeader("HX-Refresh")).isEqualTo("true");
        mvc.perform(get(location).with(as(admin)))
                .andExpect(content().string(containsString("The import has been applied: 2 created, 0 updated, 0 unchanged.")));
        mvc.perform(get("/imports").with(as(admin)))
                .andExpect(content().string(containsString("people.csv")))
                .andExpect(content().string(containsString("applied")))
                .andExpect(content().string(containsString(admin.username().replace("admin-", "Admin "))));
    }

    @Test
    void offersTemplatesWithTheHeaderAnExampleRowAndTheColumnsExplained() throws Exception {
        Actor admin = fixtures.newOrganization();
        byte[] csv = mvc.perform(get("/imports/templates/people.csv").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFemployee_number,email,full_name,unit_code,position_code,manager,status,time_zone,language\r\n")
                .contains("10045,anna.petrova@example.com,Anna Petrova");
        byte[] xlsx = mvc.perform(get("/imports/templates/people.xlsx").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("full_name");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("Anna Petrova");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(2).getStringCellValue()).startsWith("Full name");
        }
        assertThat(fixtures.checkedImport(admin)).isPositive();
    }
}
