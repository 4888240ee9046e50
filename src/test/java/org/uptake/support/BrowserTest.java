package org.uptake.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base of the browser tests: Playwright drives Debian's Chromium against the application on its
 * random port. Without Chromium the tests are skipped with a loud message, except under CI=true
 * where a missing browser fails the build.
 */
@Tag("browser")
@ExtendWith(BrowserTest.LaunchOnce.class)
public abstract class BrowserTest extends IntegrationTest {

    private static Browser browser;
    private BrowserContext context;
    protected Page page;

    /** Launches the shared Chromium once per test plan; JUnit closes it when the plan ends. */
    static final class LaunchOnce implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext extension) {
            Path chromium = chromiumPath();
            if (chromium == null) {
                String message = "Chromium not found at /usr/bin/chromium or $CHROME_PATH";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError(message + " — under CI=true browser tests must run (install the chromium package)");
                }
                System.err.println("\n*** SKIPPED browser tests: " + message + ". Install Debian's chromium to run them. ***\n");
                Assumptions.abort(message);
            }
            browser = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(SharedChromium.class, k -> SharedChromium.launch(chromium), SharedChromium.class)
                    .browser();
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

    /**
     * Waits until htmx has processed the page: its script is deferred, and on a busy machine a test
     * can otherwise type into a search box before htmx listens to it.
     */
    protected void htmxReady() {
        page.waitForFunction("() => document.readyState === 'complete' && window.htmx !== undefined");
    }

    protected void signIn(String username) {
        page.navigate(baseUrl() + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", Fixtures.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(baseUrl() + "/");
    }
}
