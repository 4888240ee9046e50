package org.uptake.competency.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uptake.shared.error.InvalidInputException;

/** Download responses for generated documents, named after their subject in any script. */
public final class Downloads {

    public static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {
    }

    /** "pdf" or "docx"; anything else is a bad parameter, not a server error. */
    public static String format(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("pdf") && !f.equals("docx")) {
            throw new InvalidInputException("format", "competency.error.format");
        }
        return f;
    }

    public static ResponseEntity<byte[]> file(byte[] body, String name, String extension) {
        MediaType type = "pdf".equals(extension) ? MediaType.APPLICATION_PDF : DOCX;
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(safe + "." + extension, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    public static ResponseEntity<byte[]> of(Doc doc, String format, DocumentRenderer renderer, java.util.Locale locale) {
        String f = format(format);
        byte[] body = f.equals("pdf") ? renderer.pdf(doc, locale) : renderer.docx(doc);
        return file(body, doc.title(), f);
    }
}
