package org.uptake.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.process.catalog.Process;
import org.uptake.shared.Actor;
import org.uptake.support.BrowserTest;
import org.uptake.support.ProcessFixtures;

/** The map draws 300 level-2 processes legibly: no two labels overlap; it zooms, collapses and exports PNG and SVG. */
class ProcessMapBrowserTests extends BrowserTest {

    private record Box(double x, double y, double w, double h, String text) {
        boolean overlaps(Box o) {
            double tolerance = 0.5;
            return x + tolerance < o.x + o.w && o.x + tolerance < x + w && y + tolerance < o.y + o.h && o.y + tolerance < y + h;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Box> labels() {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate("""
                () => Array.from(document.querySelectorAll('#process-map svg text'))
                  .filter(t => t.textContent.trim().length > 0)
                  .map(t => { const r = t.getBoundingClientRect();
                              return {x: r.x, y: r.y, w: r.width, h: r.height, text: t.textContent}; })""");
        List<Box> boxes = new ArrayList<>();
        for (Map<String, Object> m : raw) {
            boxes.add(new Box(((Number) m.get("x")).doubleValue(), ((Number) m.get("y")).doubleValue(),
                    ((Number) m.get("w")).doubleValue(), ((Number) m.get("h")).doubleValue(), (String) m.get("text")));
        }
        return boxes;
    }

    @Test
    void drawsThreeHundredLevelTwoProcessesWithNoOverlappingLabelsAndZoomsCollapsesAndExports() throws Exception {
        Actor admin = fixtures.newOrganization();
        var processes = new ProcessFixtures(fixtures);
        List<Process> mains = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            mains.add(processes.process(admin, "Main process " + i + " of the car service network", null));
        }
        for (int j = 0; j < 300; j++) {
            processes.process(admin, "Level-two process number " + j + " with a long descriptive name", mains.get(j % 12).id());
        }
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        page.onPageError(problems::add);
        signIn(admin.username());
        page.navigate(baseUrl() + "/processes/map");
        assertThat(page.getByTestId("process-map")).hasAttribute("data-nodes", "312");
        List<Box> boxes = labels();
        assertThat(boxes.size()).isGreaterThanOrEqualTo(312);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
        assertThat(boxes).allSatisfy(b -> assertThat(b.h()).as("legible label %s", b).isGreaterThanOrEqualTo(10));

        page.getByTestId("map-zoom-in").click();
        page.getByTestId("map-zoom-out").click();
        page.getByTestId("map-collapse").click();
        assertThat(page.getByTestId("process-map")).hasAttribute("data-nodes", "12");
        page.getByTestId("map-expand").click();
        assertThat(page.getByTestId("process-map")).hasAttribute("data-nodes", "312");

        Download png = page.waitForDownload(() -> page.getByTestId("map-png").click());
        assertThat(png.suggestedFilename()).isEqualTo("process-map.png");
        byte[] pngBytes = Files.readAllBytes(png.path());
        assertThat(pngBytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Download svg = page.waitForDownload(() -> page.getByTestId("map-svg").click());
        assertThat(svg.suggestedFilename()).isEqualTo("process-map.svg");
        assertThat(Files.readString(svg.path())).startsWith("<svg").contains("Main process 1 of the car service network");
        assertThat(problems).as("console errors (CSP violations included)").isEmpty();
    }
}
