package org.uptake.shared.importing;

import java.time.Instant;

/**
 * One import: the uploaded file, what the check found (counts by action), and — once applied —
 * how far the write has got. Its state lives only in this row, so any node answers the progress bar.
 */
public record ImportJob(long id, String kind, String fileName, ImportStatus status, String fileFormat, String encoding,
                        String separator, int totalRows, int processedRows, String phase, int creates, int updates,
                        int unchanged, int errorCount, boolean problemsTruncated, String message, String createdByName,
                        Instant createdAt, Instant startedAt, Instant finishedAt, int version) {

    /** Percentage of the current phase done, for the progress bar. */
    public int percent() {
        if (status == ImportStatus.APPLIED) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(100, (int) (100L * processedRows / totalRows));
    }

    public boolean applicable() {
        return status == ImportStatus.CHECKED;
    }
}
