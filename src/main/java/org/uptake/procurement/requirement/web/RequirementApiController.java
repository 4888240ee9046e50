package org.uptake.procurement.requirement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.uptake.procurement.requirement.DocumentForm;
import org.uptake.procurement.requirement.Requirement;
import org.uptake.procurement.requirement.RequirementDocument;
import org.uptake.procurement.requirement.RequirementForm;
import org.uptake.procurement.requirement.RequirementService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Requirements", description = "A program's requirements document for vendor estimates: goals, internal budget, "
        + "requirements as scenarios per role and stage with an internal customer, priority and the processes concerned")
@RestController
@RequestMapping("/api/v1/programs/{programId}/requirements")
class RequirementApiController {

    private final RequirementService requirements;

    RequirementApiController(RequirementService requirements) {
        this.requirements = requirements;
    }

    @GetMapping
    @Operation(summary = "Requirements by stage (1 = the minimum sufficient version first), then id; follow `next` for more")
    Slice<Requirement> list(@PathVariable long programId, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int size) {
        return requirements.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @GetMapping("/document")
    @Operation(summary = "The document's goals and internal budget (the budget is internal: never part of an export)")
    RequirementDocument document(@PathVariable long programId) {
        return requirements.document(CurrentActor.get(), programId);
    }

    @PutMapping("/document")
    @Operation(summary = "Saves the goals (one or two sentences) and the internal budget (amount as text in major units); "
            + "version 0 for a first save; a stale version is a 409")
    RequirementDocument saveDocument(@PathVariable long programId, @Valid @RequestBody DocumentForm form) {
        return requirements.saveDocument(CurrentActor.get(), programId, form);
    }

    @PostMapping
    @Operation(summary = "Adds a requirement; exactly one internal customer (customerPersonId or customerPositionId)")
    ResponseEntity<Requirement> create(@PathVariable long programId, @Valid @RequestBody RequirementForm form) {
        Requirement r = requirements.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/requirements/" + r.id())).body(r);
    }

    @GetMapping("/{requirementId}")
    Requirement get(@PathVariable long programId, @PathVariable long requirementId) {
        return requirements.get(CurrentActor.get(), programId, requirementId);
    }

    @PutMapping("/{requirementId}")
    @Operation(summary = "Changes a requirement; processIds replace the linked processes; a stale version is a 409")
    Requirement update(@PathVariable long programId, @PathVariable long requirementId, @Valid @RequestBody RequirementForm form) {
        return requirements.update(CurrentActor.get(), programId, requirementId, form);
    }

    @DeleteMapping("/{requirementId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long requirementId, @RequestParam int version) {
        requirements.delete(CurrentActor.get(), programId, requirementId, version);
        return ResponseEntity.noContent().build();
    }
}
