package org.uptake.procurement.integration.web;

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
import org.uptake.procurement.integration.Integration;
import org.uptake.procurement.integration.IntegrationForm;
import org.uptake.procurement.integration.IntegrationService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Integrations", description = "A program's integrations register: system, direction, method, status, monitoring, "
        + "verification interval and last verification; overdue ones open an integration-failure problem")
@RestController
@RequestMapping("/api/v1/programs/{programId}/integrations")
class IntegrationApiController {

    private final IntegrationService integrations;

    IntegrationApiController(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @GetMapping
    @Operation(summary = "The register in the order it was written, each with the day its next verification is due")
    Slice<Integration> list(@PathVariable long programId, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int size) {
        return integrations.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping
    ResponseEntity<Integration> create(@PathVariable long programId, @Valid @RequestBody IntegrationForm form) {
        Integration i = integrations.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/integrations/" + i.id())).body(i);
    }

    @GetMapping("/{integrationId}")
    Integration get(@PathVariable long programId, @PathVariable long integrationId) {
        return integrations.get(CurrentActor.get(), programId, integrationId);
    }

    @PutMapping("/{integrationId}")
    Integration update(@PathVariable long programId, @PathVariable long integrationId, @Valid @RequestBody IntegrationForm form) {
        return integrations.update(CurrentActor.get(), programId, integrationId, form);
    }

    @PostMapping("/{integrationId}/verifications")
    @Operation(summary = "Records that the integration was verified today; the next verification is due a full interval later")
    Integration verified(@PathVariable long programId, @PathVariable long integrationId, @RequestParam int version) {
        return integrations.verified(CurrentActor.get(), programId, integrationId, version);
    }

    @DeleteMapping("/{integrationId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long integrationId, @RequestParam int version) {
        integrations.delete(CurrentActor.get(), programId, integrationId, version);
        return ResponseEntity.noContent().build();
    }
}
