package org.uptake.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Chromium for every browser test class, closed by JUnit when the whole test plan ends (it is
 * kept in the root extension store). It used to be closed from a JVM shutdown hook, where
 * {@link Playwright#close()} may wait up to 30 s for its driver process after {@code System.exit}
 * — exactly Surefire's grace period, so the fork was killed and every build lost 30 s. Closing
 * here runs before Surefire exits; if the driver still hangs, its processes are killed after a
 * bounded wait.
 */
final class SharedChromium implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Playwright playwright;
    private final Browser browser;

    private SharedChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static SharedChromium launch(Path executable) {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        return new SharedChromium(playwright, browser);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() throws InterruptedException {
        Thread closer = Thread.ofPlatform().daemon().name("chromium-closer").start(() -> {
            browser.close();
            playwright.close();
        });
        closer.join(CLOSE_WAIT);
        if (closer.isAlive()) {
            System.err.println("*** Playwright did not close within " + CLOSE_WAIT.toSeconds() + " s; killing its driver and Chromium ***");
            killDriverProcesses();
        }
    }

    /** Only Playwright's node driver and Chromium: the embedded PostgreSQL is a child of this JVM too. */
    private static void killDriverProcesses() {
        ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("playwright") || c.contains("chrom") || c.endsWith("/node"))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
