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
import org.uptake.procurement.requirement.ExistingSystem;
import org.uptake.procurement.requirement.SystemForm;
import org.uptake.procurement.requirement.SystemService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Existing systems", description = "The inventory of a program's existing systems: purpose, keep or replace, owner")
@RestController
@RequestMapping("/api/v1/programs/{programId}/systems")
class SystemApiController {

    private final SystemService systems;

    SystemApiController(SystemService systems) {
        this.systems = systems;
    }

    @GetMapping
    @Operation(summary = "The inventory in the order it was written; follow `next` for more")
    Slice<ExistingSystem> list(@PathVariable long programId, @RequestParam(required = false) String after,
                               @RequestParam(defaultValue = "50") int size) {
        return systems.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping
    ResponseEntity<ExistingSystem> create(@PathVariable long programId, @Valid @RequestBody SystemForm form) {
        ExistingSystem s = systems.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/systems/" + s.id())).body(s);
    }

    @GetMapping("/{systemId}")
    ExistingSystem get(@PathVariable long programId, @PathVariable long systemId) {
        return systems.get(CurrentActor.get(), programId, systemId);
    }

    @PutMapping("/{systemId}")
    ExistingSystem update(@PathVariable long programId, @PathVariable long systemId, @Valid @RequestBody SystemForm form) {
        return systems.update(CurrentActor.get(), programId, systemId, form);
    }

    @DeleteMapping("/{systemId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long systemId, @RequestParam int version) {
        systems.delete(CurrentActor.get(), programId, systemId, version);
        return ResponseEntity.noContent().build();
    }
}
