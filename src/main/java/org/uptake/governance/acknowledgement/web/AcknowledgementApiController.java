package org.uptake.governance.acknowledgement.web;

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
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.governance.acknowledgement.Acknowledgement;
import org.uptake.governance.acknowledgement.AcknowledgementCounts;
import org.uptake.governance.acknowledgement.AcknowledgementRequest;
import org.uptake.governance.acknowledgement.AcknowledgementService;
import org.uptake.governance.acknowledgement.PendingAcknowledgement;

@Tag(name = "Acknowledgements", description = "\"Read and understood\" of a document revision, tracked per person")
@RestController
class AcknowledgementApiController {

    private final AcknowledgementService acknowledgements;

    AcknowledgementApiController(AcknowledgementService acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @PostMapping("/api/v1/documents/{id}/acknowledgements")
    @Operation(summary = "Sends a document in force for acknowledgement to named people, a group and/or a unit subtree; answers how many were added")
    Map<String, Integer> request(@PathVariable long id, @RequestBody AcknowledgementRequest request) {
        return Map.of("added", acknowledgements.request(CurrentActor.get(), id, request));
    }

    @GetMapping("/api/v1/documents/{id}/acknowledgements")
    @Operation(summary = "Addressees of the current revision with their status (all for writers and readers, otherwise one's own); pending=true lists who has not acknowledged")
    Slice<Acknowledgement> list(@PathVariable long id, @RequestParam(defaultValue = "false") boolean pending,
                                @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        return acknowledgements.addressees(CurrentActor.get(), id, pending, after, Math.min(Math.max(size, 1), 200));
    }

    @GetMapping("/api/v1/documents/{id}/acknowledgements/counts")
    AcknowledgementCounts counts(@PathVariable long id) {
        return acknowledgements.counts(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/documents/{id}/acknowledge")
    @Operation(summary = "\"Read and understood\" by the caller, for the given revision; an outdated revision is refused")
    Acknowledgement acknowledge(@PathVariable long id, @RequestParam int revision) {
        return acknowledgements.acknowledge(CurrentActor.get(), id, revision);
    }

    @PostMapping("/api/v1/documents/{id}/acknowledgements/{personId}/paper")
    @Operation(summary = "Records a signed paper sheet (scan) for a person without an account")
    Acknowledgement paper(@PathVariable long id, @PathVariable long personId, @RequestParam("file") MultipartFile file)
            throws java.io.IOException {
        return acknowledgements.recordPaper(CurrentActor.get(), id, personId, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
    }

    @GetMapping("/api/v1/acknowledgements/mine")
    @Operation(summary = "The caller's documents waiting for acknowledgement")
    List<PendingAcknowledgement> mine() {
        return acknowledgements.pending(CurrentActor.get(), 200);
    }
}
