package org.uptake.shared.importing;

import java.util.List;

/**
 * What checking a file found, as stored with the job: counts by action, the problems (at most
 * {@link #MAX_PROBLEMS}) and the first {@link #MAX_PREVIEW} rows of the preview.
 */
record CheckOutcome(String format, String encoding, String separator, int total, int creates, int updates, int unchanged,
                    int errors, boolean problemsTruncated, List<ImportProblem> problems, List<PreviewRow> preview) {

    static final int MAX_PROBLEMS = 10_000;
    static final int MAX_PREVIEW = 500;

    boolean hasErrors() {
        return errors > 0;
    }
}
