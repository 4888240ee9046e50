package org.uptake.shared.importing;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an apply's progress in its job row through a transaction of its own, so the polling
 * page sees it while the apply's transaction is still open. Writes at most four times a second.
 */
final class JobProgress implements ImportProgress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final ImportJobRepository jobs;
    private final TransactionTemplate ownTransaction;
    private final long jobId;
    private String phase = "QUEUED";
    private int processed;
    private long lastWrite;

    JobProgress(ImportJobRepository jobs, TransactionTemplate ownTransaction, long jobId) {
        this.jobs = jobs;
        this.ownTransaction = ownTransaction;
        this.jobId = jobId;
    }

    void phase(String name) {
        phase = name;
        processed = 0;
        write();
    }

    @Override
    public void advance(int rows) {
        processed += rows;
        if (System.nanoTime() - lastWrite > INTERVAL_NANOS) {
            write();
        }
    }

    private void write() {
        lastWrite = System.nanoTime();
        ownTransaction.executeWithoutResult(s -> jobs.progress(jobId, phase, processed));
    }
}
