package org.uptake.shared.importing.web;

import java.time.Instant;
import java.util.List;
import org.uptake.shared.importing.ImportJob;
import org.uptake.shared.importing.ImportStatus;
import org.uptake.shared.importing.PreviewRow;

/**
 * An import as the API answers it: its state and counts, every problem with its message in the
 * caller's language, and the first rows of the preview.
 */
record ImportReport(long id, String kind, String fileName, ImportStatus status, String format, String encoding,
                    String separator, int totalRows, int processedRows, String phase, int creates, int updates,
                    int unchanged, int errorCount, String message, Instant createdAt, Instant finishedAt,
                    List<Problem> problems, boolean problemsTruncated, List<PreviewRow> rows) {

    /** One problem: spreadsheet row (header = 1), column, the value found and why it is refused. */
    record Problem(int row, String column, String value, String code, String message) {
    }

    static ImportReport of(ImportJob j, String message, List<Problem> problems, List<PreviewRow> rows) {
        return new ImportReport(j.id(), j.kind(), j.fileName(), j.status(), j.fileFormat(), j.encoding(), j.separator(),
                j.totalRows(), j.processedRows(), j.phase(), j.creates(), j.updates(), j.unchanged(), j.errorCount(),
                message, j.createdAt(), j.finishedAt(), problems, j.problemsTruncated(), rows);
    }
}
