package org.uptake.rollout.migration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.rollout.migration.Migration;
import org.uptake.rollout.migration.MigrationForm;
import org.uptake.rollout.migration.MigrationService;
import org.uptake.rollout.migration.MigrationStep;
import org.uptake.rollout.migration.StepForm;
import org.uptake.rollout.migration.TestResult;
import org.uptake.shared.CurrentActor;

@Tag(name = "Data migration", description = "Data migration records per data source with the backup-and-test gate")
@RestController
@RequestMapping("/api/v1/programs/{programId}/migrations")
class MigrationApiController {

    private final MigrationService migrations;

    MigrationApiController(MigrationService migrations) {
        this.migrations = migrations;
    }

    @GetMapping
    List<Migration> list(@PathVariable long programId, @RequestParam(required = false) Long waveUnitId) {
        return migrations.list(CurrentActor.get(), programId, waveUnitId);
    }

    @PostMapping
    ResponseEntity<Migration> create(@PathVariable long programId, @Valid @RequestBody MigrationForm form) {
        Migration m = migrations.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/migrations/" + m.id())).body(m);
    }

    @GetMapping("/{migrationId}")
    Migration get(@PathVariable long programId, @PathVariable long migrationId) {
        return migrations.get(CurrentActor.get(), programId, migrationId);
    }

    @PutMapping("/{migrationId}")
    Migration update(@PathVariable long programId, @PathVariable long migrationId, @Valid @RequestBody MigrationForm form) {
        return migrations.update(CurrentActor.get(), programId, migrationId, form);
    }

    @DeleteMapping("/{migrationId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long migrationId, @RequestParam int version) {
        migrations.delete(CurrentActor.get(), programId, migrationId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{migrationId}/steps/{step}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records a step (BACKUP, TEST_BEFORE, MIGRATE, TEST_AFTER); MIGRATE is refused before a backup and a passed test")
    Migration step(@PathVariable long programId, @PathVariable long migrationId, @PathVariable MigrationStep step,
                   @Valid @RequestBody StepForm form) {
        return migrations.record(CurrentActor.get(), programId, migrationId, step, form, null);
    }

    @PostMapping(path = "/{migrationId}/steps/{step}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Records a step with an evidence file (at most 10 MB)")
    Migration stepWithFile(@PathVariable long programId, @PathVariable long migrationId, @PathVariable MigrationStep step,
                           @RequestParam(required = false) TestResult result, @RequestParam(required = false) String note,
                           @RequestParam(required = false) Long recordsMigrated, @RequestParam int version,
                           @RequestParam MultipartFile file) throws IOException {
        return migrations.record(CurrentActor.get(), programId, migrationId, step,
                MigrationPageController.stepForm(result, note, recordsMigrated, version),
                new MigrationService.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @GetMapping("/{migrationId}/steps/{step}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long programId, @PathVariable long migrationId, @PathVariable MigrationStep step) {
        var e = migrations.evidence(CurrentActor.get(), programId, migrationId, step);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.file().name(), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(e.file().contentType()))
                .header("X-Content-Type-Options", "nosniff").body(e.content());
    }
}
