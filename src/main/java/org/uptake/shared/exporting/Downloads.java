package org.uptake.shared.exporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a table as a file download. Callers collect their rows (and check permissions) first,
 * so that nothing can fail once the first byte has gone out.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Writes {@code header} and {@code rows} as {@code <baseName>-<date>.<ext>}. */
    public static void send(HttpServletResponse response, ExportFormat format, String baseName, List<String> header,
                            List<? extends List<?>> rows) {
        send(response, format, baseName + "-" + LocalDate.now(ZoneOffset.UTC), writer -> {
            writer.header(header);
            rows.forEach(writer::row);
        });
    }

    /** Streams whatever {@code body} writes, under the exact file name given (without extension). */
    public static void send(HttpServletResponse response, ExportFormat format, String fileName,
                            Consumer<SpreadsheetWriter> body) {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName + "." + format.extension(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, response.getOutputStream(), sheetName(fileName))) {
            body.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String fileName) {
        String clean = fileName.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
