package org.uptake.measure.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.measure.KpiIndicatorService;
import org.uptake.process.spec.IndicatorRef;
import org.uptake.shared.CurrentActor;

/** Which process-catalog indicator a KPI measures. */
@RestController
@RequestMapping("/api/v1/kpis/{id}/indicator")
class KpiIndicatorApiController {

    private final KpiIndicatorService indicators;

    KpiIndicatorApiController(KpiIndicatorService indicators) {
        this.indicators = indicators;
    }

    /** The body's indicator, or null to untie; {@code version} is the KPI's. */
    record Link(Long indicatorId, @NotNull Integer version) {
    }

    @GetMapping
    @Operation(summary = "The indicator the KPI measures; 204 when it is not tied to one")
    ResponseEntity<IndicatorRef> get(@PathVariable long id) {
        return indicators.linked(CurrentActor.get(), id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping
    @Operation(summary = "Ties the KPI to a process indicator (null unties it); unknown indicator → 400, stale version → 409")
    ResponseEntity<IndicatorRef> put(@PathVariable long id, @Valid @RequestBody Link link) {
        return indicators.link(CurrentActor.get(), id, link.indicatorId(), link.version()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
