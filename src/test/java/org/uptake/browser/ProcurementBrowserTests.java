package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.uptake.program.Program;
import org.uptake.support.BrowserTest;
import org.uptake.support.ProgramFixtures;

/**
 * Issue 8 item 1 in the browser: a coordinator writes the goals, the internal budget and a requirement,
 * registers an integration and exports the requirements document as PDF — which has no budget in it.
 */
class ProcurementBrowserTests extends BrowserTest {

    @Test
    void aCoordinatorWritesRequirementsRegistersAnIntegrationAndExportsThePdfWithoutTheBudget() throws Exception {
        var programs = new ProgramFixtures(fixtures);
        var w = programs.world();
        Program p = programs.program(w, "P1");
        signIn(w.coordinator().username());

        page.navigate(baseUrl() + "/programs/" + p.id());
        page.getByTestId("program-tab-procurement").click();
        page.getByText("Goals and internal budget").click();
        page.getByTestId("document-goals-input").fill("Every station records orders in one system. Lead time falls by a fifth.");
        page.getByTestId("document-budget-input").fill("2 345 678");
        page.getByTestId("document-save").click();
        assertThat(page.getByTestId("document-goals")).containsText("Every station records orders in one system.");
        assertThat(page.getByTestId("document-budget")).containsText("2,345,678");

        page.getByText("Add a requirement").click();
        page.getByTestId("requirement-role").fill("Service adviser");
        page.getByTestId("requirement-scenario").fill("Opens a work order from a phone call in two minutes");
        page.getByTestId("requirement-priority").selectOption("MUST");
        htmxReady();
        page.getByTestId("requirement-customer-person-search").fill("Sponsor");
        page.getByTestId("requirement-customer-person").getByTestId("pick-person-" + w.sponsor().id()).click();
        page.getByTestId("requirement-save").click();
        assertThat(page.getByTestId("requirements")).containsText("Opens a work order from a phone call");
        assertThat(page.getByTestId("requirements")).containsText("Sponsor Person");

        page.getByText("Register an integration").click();
        page.getByTestId("integration-system").fill("1C Accounting");
        page.getByTestId("integration-direction").selectOption("BOTH");
        page.getByTestId("integration-method").selectOption("API");
        page.getByTestId("integration-status").selectOption("ACTIVE");
        page.getByTestId("integration-monitoring").fill("Nightly exchange log");
        page.getByTestId("integration-save").click();
        assertThat(page.getByTestId("integrations")).containsText("1C Accounting");

        Download download = page.waitForDownload(() -> page.getByTestId("export-pdf").click());
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        org.assertj.core.api.Assertions.assertThat(text)
                .contains("Every station records orders in one system", "Opens a work order from a phone call", "1C Accounting")
                .doesNotContain("2,345,678", "2 345 678", "2345678");
    }
}
