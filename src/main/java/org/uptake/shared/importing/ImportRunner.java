package org.uptake.shared.importing;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs applies in the background for the pages (the browser polls the job row meanwhile). At most
 * two run at once per node — the machine has few cores and an apply keeps one busy. A node that
 * dies mid-apply leaves its job APPLYING with an old heartbeat; the sweep marks it FAILED (its
 * transaction died with the node, so nothing was written).
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final int STALL_MINUTES = 5;

    private final ImportJobRepository jobs;
    private final ExecutorService executor;

    ImportRunner(ImportJobRepository jobs) {
        this.jobs = jobs;
        var seq = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "import-" + seq.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the task with the caller's security context (listeners may ask who acts). */
    void submit(Runnable task) {
        executor.execute(new DelegatingSecurityContextRunnable(task));
    }

    @Scheduled(fixedDelayString = "${uptake.import.sweep-ms:60000}", initialDelay = 30_000)
    @SchedulerLock(name = "import-sweep", lockAtMostFor = "PT1M")
    void failStalled() {
        int failed = jobs.failStalled(STALL_MINUTES);
        if (failed > 0) {
            log.warn("{} import(s) stopped answering and were marked FAILED; nothing of them was written", failed);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
