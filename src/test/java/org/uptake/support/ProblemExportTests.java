package org.uptake.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.support.SupportFixtures.Desk;
import org.uptake.support.sla.ProblemSeverity;

class ProblemExportTests extends SupportTest {

    @Test
    void theCoordinatorExportsTheFilteredListAsCsvWithFormulasNeutralised() throws Exception {
        Desk d = support.desk();
        support.report(d.employee(), ProblemType.TECHNICAL_ERROR, ProblemSeverity.CRITICAL, "=HYPERLINK(\"http://evil\")");
        support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "Where is the guide?");

        String csv = download(d.coordinator(), "/problems/export.csv?type=TECHNICAL_ERROR");

        assertThat(csv).startsWith("ID,Problem,Kind,Severity,Status,Unit");
        assertThat(csv).contains("'=HYPERLINK", "Technical error", "Critical", "New").doesNotContain("Where is the guide?");
    }

    @Test
    void anEmployeeExportsOnlyWhatTheyMaySeeInTheList() throws Exception {
        Desk d = support.desk();
        support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "My own question");
        Actor colleague = fixtures.user(d.admin(), d.otherStation().id(), Role.EMPLOYEE);
        support.report(colleague, ProblemType.QUESTION, ProblemSeverity.LOW, "Someone else's question");

        String csv = download(d.employee(), "/problems/export.csv");

        assertThat(csv).contains("My own question").doesNotContain("Someone else's question");
    }

    @Test
    void theXlsxHasAHeaderAndOneRowPerProblem() throws Exception {
        Desk d = support.desk();
        support.report(d.employee(), ProblemType.QUESTION, ProblemSeverity.LOW, "First");
        support.report(d.employee(), ProblemType.REQUEST, ProblemSeverity.MEDIUM, "Second");

        byte[] xlsx = mvc.perform(get("/problems/export.xlsx").with(org.uptake.support.Fixtures.as(d.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Problem");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Second");
        }
    }

    @Test
    void anUnknownFormatIsNotFound() throws Exception {
        Desk d = support.desk();

        mvc.perform(get("/problems/export.pdf").with(org.uptake.support.Fixtures.as(d.coordinator()))).andExpect(status().isNotFound());
    }

    private String download(Actor actor, String path) throws Exception {
        byte[] body = mvc.perform(get(path).with(org.uptake.support.Fixtures.as(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
}
