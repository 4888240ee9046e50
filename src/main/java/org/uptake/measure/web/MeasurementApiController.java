package org.uptake.measure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.measure.Measurement;
import org.uptake.measure.MeasurementForm;
import org.uptake.measure.MeasurementService;
import org.uptake.measure.SourceKind;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "KPI measurements", description = "Measured values of a KPI with provenance (by hand, import file, API) and raw record")
@RestController
@RequestMapping("/api/v1/kpis/{kpiId}/measurements")
class MeasurementApiController {

    private final MeasurementService measurements;

    MeasurementApiController(MeasurementService measurements) {
        this.measurements = measurements;
    }

    @GetMapping
    @Operation(summary = "Measurements, newest first; follow `next`")
    Slice<Measurement> list(@PathVariable long kpiId, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") int size) {
        return measurements.list(CurrentActor.get(), kpiId, new PageRequest(null, after, size));
    }

    @PostMapping
    @Operation(summary = "Records a value (the KPI owner, the program's coordinator, or their token): refused in another unit of "
            + "measure, dated in the future or before the baseline; the period is then checked against the plan")
    ResponseEntity<Measurement> record(@PathVariable long kpiId, @Valid @RequestBody MeasurementForm form) {
        Measurement m = measurements.record(CurrentActor.get(), kpiId, form, SourceKind.API);
        return ResponseEntity.created(URI.create("/api/v1/kpis/" + kpiId + "/measurements/" + m.id())).body(m);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One measurement with its provenance and the raw record it came from")
    Measurement get(@PathVariable long kpiId, @PathVariable long id) {
        return measurements.get(CurrentActor.get(), kpiId, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long kpiId, @PathVariable long id) {
        measurements.delete(CurrentActor.get(), kpiId, id);
        return ResponseEntity.noContent().build();
    }
}
