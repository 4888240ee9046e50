package org.uptake.procurement.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.uptake.shared.Actor;

/** Renders the requirements document in the reader's language and hands it over as an attachment. */
@Component
class ExportDownload {

    private final RequirementExport export;

    ExportDownload(RequirementExport export) {
        this.export = export;
    }

    ResponseEntity<byte[]> send(Actor actor, long programId, String formatText) {
        DocumentFormat format = DocumentFormat.of(formatText);
        var locale = LocaleContextHolder.getLocale();
        byte[] body = format == DocumentFormat.PDF ? export.pdf(actor, programId, locale) : export.docx(actor, programId, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(actor, programId) + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
