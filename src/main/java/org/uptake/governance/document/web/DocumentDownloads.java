package org.uptake.governance.document.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uptake.governance.document.DocumentRendering;
import org.uptake.shared.Actor;
import org.uptake.governance.markup.OfficeUploads;
import org.uptake.shared.error.InvalidInputException;

/** A document as a PDF or DOCX download, named after its title and number in any script. */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static ResponseEntity<byte[]> send(Actor actor, long id, String format, DocumentRendering rendering) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        if (!pdf && !"docx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "governance.error.format");
        }
        byte[] body = pdf ? rendering.pdf(actor, id) : rendering.docx(actor, id);
        String name = rendering.fileName(actor, id).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + (pdf ? ".pdf" : ".docx");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(OfficeUploads.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
