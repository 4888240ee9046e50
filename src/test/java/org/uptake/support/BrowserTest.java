package org.uptake.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Base of the browser tests: Playwright drives Debian's Chromium against the application on its
 * random port. Without Chromium the tests are skipped with a loud message, except under CI=true
 * where a missing browser fails the build.
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = chromiumPath();
        if (chromium == null) {
            String message = "Chromium not found at /usr/bin/chromium or $CHROME_PATH";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " — under CI=true browser tests must run (install the chromium package)");
            }
            System.err.println("\n*** SKIPPED browser tests: " + message + ". Install Debian's chromium to run them. ***\n");
            Assumptions.abort(message);
        }
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true)
                    .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
    }

    private static Path chromiumPath() {
        String configured = System.getenv("CHROME_PATH");
        for (String candidate : new String[]{configured, "/usr/bin/chromium"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // One Chromium serves every browser test class; it closes with the JVM.
    }

    protected void signIn(String username) {
        page.navigate(baseUrl() + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", Fixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(baseUrl() + "/");
    }
}
