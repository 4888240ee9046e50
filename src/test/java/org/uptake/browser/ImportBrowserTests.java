package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.uptake.org.unit.Unit;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;

/**
 * The admin's import, end to end in Chromium: a people file with one broken row is refused with
 * the row, column and reason and nothing is imported; the fixed file previews, applies with a
 * progress bar and ends with the result.
 */
class ImportBrowserTests extends BrowserTest {

    private static final int ROWS = 20_000;

    private static byte[] people(String unitCode, String brokenRowUnit) {
        StringBuilder csv = new StringBuilder("employee_number;email;full_name;unit_code\r\n");
        for (int i = 1; i <= ROWS; i++) {
            String unit = i == 2 ? brokenRowUnit : unitCode;
            csv.append("B").append(i).append(";b").append(i).append("@example.test;Browser Person ").append(i)
                    .append(';').append(unit).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long imported(Actor admin) {
        return jdbc.sql("select count(*) from person where organization_id = ? and employee_number like 'B%'")
                .param(admin.organizationId()).query(Long.class).single();
    }

    @Test
    void refusesAFileWithOneBrokenRowThenAppliesTheFixedFileWithProgress() {
        Actor admin = fixtures.newOrganization();
        Unit unit = fixtures.unit(admin, "Station North", null);
        signIn(admin.username());

        page.getByText("Import people").click();
        page.getByTestId("import-file").setInputFiles(new FilePayload("people.csv", "text/csv", people(unit.code(), "NO-SUCH-UNIT")));
        page.getByTestId("import-check").click();
        assertThat(page.getByTestId("import-status")).hasText("has errors");
        assertThat(page.getByTestId("count-error")).hasText("1");
        var problem = page.getByTestId("import-problem").first();
        assertThat(problem).containsText("3");
        assertThat(problem).containsText("unit_code");
        assertThat(problem).containsText("NO-SUCH-UNIT");
        assertThat(problem).containsText("No unit has this code.");
        assertThat(page.getByTestId("import-apply")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(imported(admin)).isZero();

        page.getByText("Upload another file").click();
        page.getByTestId("import-file").setInputFiles(new FilePayload("people.csv", "text/csv", people(unit.code(), unit.code())));
        page.getByTestId("import-check").click();
        assertThat(page.getByTestId("import-status")).hasText("ready to apply");
        assertThat(page.getByTestId("count-create")).hasText(String.valueOf(ROWS));
        assertThat(page.getByTestId("import-preview")).containsText("B1");

        page.onDialog(dialog -> dialog.accept());
        page.getByTestId("import-apply").click();
        assertThat(page.getByTestId("import-progress")).isVisible();
        assertThat(page.getByTestId("import-applied")).containsText("20,000 created", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.getByTestId("import-status")).hasText("applied");
        org.assertj.core.api.Assertions.assertThat(imported(admin)).isEqualTo(ROWS);
    }
}
