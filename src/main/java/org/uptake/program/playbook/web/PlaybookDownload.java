package org.uptake.program.playbook.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookFormat.FileType;

/** A playbook file as a download named by its code ({@code P1-ours.yaml}), for the page and the API alike. */
final class PlaybookDownload {

    private PlaybookDownload() {
    }

    static ResponseEntity<byte[]> of(Playbook playbook, FileType type, byte[] content) {
        String name = playbook.code().replaceAll("[^A-Za-z0-9._-]", "_") + "." + type.extension;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type.mediaType + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(content);
    }
}
