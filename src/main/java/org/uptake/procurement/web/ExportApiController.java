package org.uptake.procurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;

@Tag(name = "Requirements")
@RestController
class ExportApiController {

    private final ExportDownload download;

    ExportApiController(ExportDownload download) {
        this.download = download;
    }

    @GetMapping("/api/v1/programs/{programId}/requirements/export")
    @Operation(summary = "The requirements document for vendors as PDF or DOCX (format=pdf|docx), without the internal budget")
    ResponseEntity<byte[]> export(@PathVariable long programId, @RequestParam(defaultValue = "pdf") String format) {
        return download.send(CurrentActor.get(), programId, format);
    }
}
