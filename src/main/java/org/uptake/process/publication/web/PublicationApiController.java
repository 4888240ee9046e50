package org.uptake.process.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.process.catalog.Process;
import org.uptake.process.publication.PublicationForm;
import org.uptake.process.publication.PublicationService;
import org.uptake.process.publication.SpecificationRevision;
import org.uptake.shared.CurrentActor;

@Tag(name = "Process specifications")
@RestController
@RequestMapping("/api/v1/processes/{id}")
class PublicationApiController {

    private final PublicationService publication;

    PublicationApiController(PublicationService publication) {
        this.publication = publication;
    }

    @PostMapping("/submit")
    @Operation(summary = "Submits the draft (specVersion as read) for approval; refused while a blocking check fails")
    Process submit(@PathVariable long id, @Valid @RequestBody PublicationForm form) {
        return publication.submit(CurrentActor.get(), id, form);
    }

    @PostMapping("/approve")
    @Operation(summary = "Approves and publishes the specification as the next numbered revision")
    Process approve(@PathVariable long id, @Valid @RequestBody PublicationForm form) {
        return publication.approve(CurrentActor.get(), id, form);
    }

    @PostMapping("/return")
    @Operation(summary = "Returns a submitted specification to draft with a comment")
    Process returnToDraft(@PathVariable long id, @Valid @RequestBody PublicationForm form) {
        return publication.returnToDraft(CurrentActor.get(), id, form);
    }

    @GetMapping("/revisions")
    List<SpecificationRevision> revisions(@PathVariable long id) {
        return publication.revisions(CurrentActor.get(), id);
    }

    @GetMapping("/revisions/{revision}")
    @Operation(summary = "An approved revision: the specification exactly as it was approved (JSON)")
    ResponseEntity<String> revision(@PathVariable long id, @PathVariable int revision) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(publication.revision(CurrentActor.get(), id, revision).snapshot());
    }
}
