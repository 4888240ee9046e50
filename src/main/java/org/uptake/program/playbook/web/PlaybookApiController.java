package org.uptake.program.playbook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
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
import org.uptake.program.playbook.Playbook;
import org.uptake.program.playbook.PlaybookFormat;
import org.uptake.program.playbook.PlaybookFormat.FileType;
import org.uptake.program.playbook.PlaybookService;
import org.uptake.program.playbook.PlaybookVersion;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;

@Tag(name = "Playbooks", description = "Playbook templates (docs/playbook-format.md): built in and the organisation's own, versioned")
@RestController
@RequestMapping("/api/v1/playbooks")
class PlaybookApiController {

    private final PlaybookService playbooks;

    PlaybookApiController(PlaybookService playbooks) {
        this.playbooks = playbooks;
    }

    @GetMapping
    List<Playbook> list() {
        return playbooks.list(CurrentActor.get());
    }

    @GetMapping("/{id}")
    Playbook get(@PathVariable long id) {
        return playbooks.get(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One published version with its whole definition")
    PlaybookVersion version(@PathVariable long id, @PathVariable int number) {
        return playbooks.version(CurrentActor.get(), id, number);
    }

    @GetMapping(value = "/{id}/export", produces = {MediaType.APPLICATION_JSON_VALUE, "application/yaml"})
    @Operation(summary = "The latest (or the given) version as a playbook file; ?format=yaml for YAML, else JSON")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Integer version,
                                  @RequestParam(required = false) String format) {
        Playbook p = playbooks.get(CurrentActor.get(), id);
        FileType type = FileType.of(format);
        return PlaybookDownload.of(p, type, playbooks.exportBytes(CurrentActor.get(), id, version, type));
    }

    @PostMapping(value = "/import", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Imports a playbook file (JSON or YAML): a new playbook, or the next version of the one with the same code. "
            + "Refused as a whole (nothing stored) when larger than 1 MB, with unknown fields, too deep or with broken references")
    ResponseEntity<Playbook> importFile(HttpServletRequest request) throws IOException {
        Playbook p = playbooks.importFile(CurrentActor.get(), limitedBody(request));
        return ResponseEntity.created(URI.create("/api/v1/playbooks/" + p.id())).body(p);
    }

    /** Reads at most one byte more than the limit, so a 10 MB upload is refused without being held in memory. */
    static byte[] limitedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > PlaybookFormat.MAX_BYTES) {
            throw new InvalidInputException("file", "playbook.error.tooLarge", PlaybookFormat.MAX_BYTES / 1024);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(PlaybookFormat.MAX_BYTES + 1);
            if (body.length > PlaybookFormat.MAX_BYTES) {
                throw new InvalidInputException("file", "playbook.error.tooLarge", PlaybookFormat.MAX_BYTES / 1024);
            }
            return body;
        }
    }

    record CopyRequest(String code, String name) {
    }

    @PostMapping("/{id}/copy")
    @Operation(summary = "Copies a playbook (e.g. a built-in one) into the organisation, to edit it")
    ResponseEntity<Playbook> copy(@PathVariable long id, @RequestBody CopyRequest body) {
        Playbook p = playbooks.copy(CurrentActor.get(), id, body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/playbooks/" + p.id())).body(p);
    }

    @PostMapping
    @Operation(summary = "A new playbook of the organisation with one stage and one step, to be edited")
    ResponseEntity<Playbook> create(@RequestBody CopyRequest body) {
        Playbook p = playbooks.create(CurrentActor.get(), body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/playbooks/" + p.id())).body(p);
    }

    @GetMapping(value = "/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What an editor works on: the draft, or the latest version when there is no draft")
    String draft(@PathVariable long id) {
        return playbooks.exportWorking(CurrentActor.get(), id);
    }

    @PutMapping(value = "/{id}/draft", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Saves a whole definition as the draft (checked like an import); ?version= is the playbook's version")
    Playbook saveDraft(@PathVariable long id, @RequestParam int version, HttpServletRequest request) throws IOException {
        return playbooks.saveDraft(CurrentActor.get(), id, playbooks.parse(limitedBody(request)), version);
    }

    @DeleteMapping("/{id}/draft")
    Playbook discardDraft(@PathVariable long id, @RequestParam int version) {
        return playbooks.discardDraft(CurrentActor.get(), id, version);
    }

    record PublishRequest(int version, String note) {
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publishes the draft as the next version; running programs keep theirs")
    Playbook publish(@PathVariable long id, @RequestBody PublishRequest body) {
        return playbooks.publish(CurrentActor.get(), id, body.version(), body.note());
    }
}
