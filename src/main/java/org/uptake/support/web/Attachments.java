package org.uptake.support.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uptake.support.ProblemWorkflow;

/** Sends an attachment as a download, never inline, so an uploaded file cannot run in our origin. */
final class Attachments {

    private Attachments() {
    }

    static ResponseEntity<byte[]> response(ProblemWorkflow.Download d) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(d.attachment().contentType()))
                .body(d.content());
    }
}
