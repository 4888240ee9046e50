package org.uptake.governance.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.governance.document.DocumentForm;
import org.uptake.governance.document.DocumentInstance;
import org.uptake.governance.document.DocumentInstanceService;
import org.uptake.governance.document.DocumentLifecycle;
import org.uptake.governance.document.DocumentRendering;
import org.uptake.governance.document.DocumentRow;
import org.uptake.governance.document.LifecycleForm;
import org.uptake.shared.Actor;

@Tag(name = "Documents", description = "Orders, regulations, plans and minutes from templates: draft → sign-off → registered → in force → superseded / cancelled")
@RestController("governanceDocumentApi")
class DocumentApiController {

    private final DocumentInstanceService documents;
    private final DocumentLifecycle lifecycle;
    private final DocumentRendering rendering;

    DocumentApiController(DocumentInstanceService documents, DocumentLifecycle lifecycle, DocumentRendering rendering) {
        this.documents = documents;
        this.lifecycle = lifecycle;
        this.rendering = rendering;
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "Newest first: every document for admins, coordinators and viewers, otherwise those addressed to the caller")
    Slice<DocumentRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
                            @RequestParam(required = false) Long groupId, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int size) {
        return documents.list(CurrentActor.get(), new PageRequest(q, after, size), programId, groupId);
    }

    @GetMapping("/api/v1/documents/{id}")
    DocumentInstance get(@PathVariable long id) {
        return documents.get(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/documents")
    @Operation(summary = "Drafts a document from a template, filled from the program, group, meeting and the given fields")
    ResponseEntity<DocumentInstance> create(@Valid @RequestBody DocumentForm form) {
        DocumentInstance created = documents.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/documents/{id}")
    @Operation(summary = "Changes a draft and fills it again")
    DocumentInstance update(@PathVariable long id, @Valid @RequestBody DocumentForm form) {
        return documents.update(CurrentActor.get(), id, form);
    }

    @PostMapping("/api/v1/documents/{id}/{step}")
    @Operation(summary = "A lifecycle step: sign-off (approverPersonIds), register (number, date), in-force (date), revise, cancel (reason)")
    DocumentInstance step(@PathVariable long id, @PathVariable String step, @Valid @RequestBody LifecycleForm form) {
        Actor actor = CurrentActor.get();
        return switch (step) {
            case "sign-off" -> lifecycle.sendForSignOff(actor, id, form);
            case "register" -> lifecycle.register(actor, id, form);
            case "in-force" -> lifecycle.putInForce(actor, id, form);
            case "revise" -> lifecycle.revise(actor, id, form);
            case "cancel" -> lifecycle.cancel(actor, id, form);
            default -> throw new org.uptake.shared.error.NotFoundException("step", step);
        };
    }

    @PostMapping("/api/v1/documents/{id}/signed-copy")
    @Operation(summary = "The signed original: PDF, PNG, JPEG or DOCX; macro-enabled Word files are refused")
    DocumentInstance signedCopy(@PathVariable long id, @RequestParam int version, @RequestParam("file") MultipartFile file)
            throws java.io.IOException {
        return lifecycle.attachSigned(CurrentActor.get(), id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), version);
    }

    @GetMapping("/api/v1/documents/{id}/file")
    @Operation(summary = "The document as PDF or DOCX (format=pdf|docx)")
    ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        return DocumentDownloads.send(CurrentActor.get(), id, format, rendering);
    }
}
