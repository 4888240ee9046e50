package org.uptake.process.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import org.uptake.process.document.DocumentForm;
import org.uptake.process.document.DocumentRevision;
import org.uptake.process.document.DocumentService;
import org.uptake.process.document.ProcessDocument;
import org.uptake.shared.CurrentActor;

@Tag(name = "Process regulations and instructions", description = "Versioned documents attached to a process")
@RestController
@RequestMapping("/api/v1/processes")
class DocumentApiController {

    private final DocumentService documents;

    DocumentApiController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}/documents")
    List<ProcessDocument> list(@PathVariable long id) {
        return documents.forProcess(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Adds a regulation (REGULATION) or an executor instruction (INSTRUCTION) as a draft")
    ResponseEntity<ProcessDocument> create(@PathVariable long id, @Valid @RequestBody DocumentForm form) {
        ProcessDocument created = documents.create(CurrentActor.get(), id, form);
        return ResponseEntity.created(URI.create("/api/v1/processes/documents/" + created.id())).body(created);
    }

    @GetMapping("/documents/{documentId}")
    ProcessDocument get(@PathVariable long documentId) {
        return documents.get(CurrentActor.get(), documentId);
    }

    @PutMapping("/documents/{documentId}")
    @Operation(summary = "Saves the draft; an approved document becomes a draft again until the next approval")
    ProcessDocument update(@PathVariable long documentId, @Valid @RequestBody DocumentForm form) {
        return documents.update(CurrentActor.get(), documentId, form);
    }

    @DeleteMapping("/documents/{documentId}")
    ResponseEntity<Void> delete(@PathVariable long documentId, @RequestParam int version) {
        documents.delete(CurrentActor.get(), documentId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/documents/{documentId}/approve")
    @Operation(summary = "Approves the draft as the next revision; an instruction needs its process's regulation approved first")
    ProcessDocument approve(@PathVariable long documentId, @RequestParam int version) {
        return documents.approve(CurrentActor.get(), documentId, version);
    }

    @GetMapping("/documents/{documentId}/revisions")
    List<DocumentRevision> revisions(@PathVariable long documentId) {
        return documents.revisions(CurrentActor.get(), documentId);
    }

    @GetMapping("/documents/{documentId}/revisions/{revision}")
    DocumentRevision revision(@PathVariable long documentId, @PathVariable int revision) {
        return documents.revision(CurrentActor.get(), documentId, revision);
    }
}
