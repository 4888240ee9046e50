package org.uptake.shared.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.importing.ImportJob;
import org.uptake.shared.importing.ImportService;
import org.uptake.shared.importing.ImportStatus;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Imports", description = "CSV/XLSX imports: dry-run preview, then an all-or-nothing apply (admins)")
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final ImportService imports;
    private final ImportTexts texts;

    ImportApiController(ImportService imports, ImportTexts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Checks a file (dryRun=true, the default) or checks and applies it (dryRun=false)",
            description = "A file that cannot be read answers problem+json 400. Row problems answer the report: 200 on a "
                    + "dry run, 422 when applying (nothing is written). An applied import answers 200, a conflict 409.")
    ResponseEntity<ImportReport> upload(@PathVariable String kind, @RequestPart("file") MultipartFile file,
                                        @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        Actor actor = CurrentActor.get();
        ImportJob job = imports.check(actor, kind, file.getOriginalFilename(), file.getBytes());
        if (!dryRun && job.status() == ImportStatus.CHECKED) {
            job = imports.apply(actor, job.id());
        }
        return answer(actor, job, dryRun);
    }

    @GetMapping
    @Operation(summary = "Past imports, newest first")
    Slice<ImportJob> list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return imports.list(CurrentActor.get(), new PageRequest(null, after, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import's state, counts, problems and preview rows (poll it while APPLYING)")
    ImportReport get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return texts.report(actor, imports.get(actor, id));
    }

    @PostMapping("/{id}/apply")
    @Operation(summary = "Applies a checked import (all or nothing) and answers its final state")
    ResponseEntity<ImportReport> apply(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return answer(actor, imports.apply(actor, id), false);
    }

    private ResponseEntity<ImportReport> answer(Actor actor, ImportJob job, boolean dryRun) {
        HttpStatus status = switch (job.status()) {
            case REJECTED -> dryRun ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
            case FAILED -> HttpStatus.CONFLICT;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(texts.report(actor, job));
    }
}
