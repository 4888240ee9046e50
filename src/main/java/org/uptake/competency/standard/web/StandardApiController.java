package org.uptake.competency.standard.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.competency.standard.Attestation;
import org.uptake.competency.standard.AttestationForm;
import org.uptake.competency.standard.AttestationService;
import org.uptake.competency.standard.ComplianceRow;
import org.uptake.competency.standard.Mapping;
import org.uptake.competency.standard.MappingForm;
import org.uptake.competency.standard.MappingService;
import org.uptake.competency.standard.Standard;
import org.uptake.competency.standard.StandardFunction;
import org.uptake.competency.standard.StandardService;
import org.uptake.competency.standard.TitleChange;
import org.uptake.shared.CurrentActor;

@Tag(name = "Professional standards", description = "Import of standards, mapping of positions, compliance, title changes and attestations")
@RestController
class StandardApiController {

    private static final String BASE = "/api/v1/standards";

    private final StandardService standards;
    private final MappingService mappings;
    private final AttestationService attestations;

    StandardApiController(StandardService standards, MappingService mappings, AttestationService attestations) {
        this.standards = standards;
        this.mappings = mappings;
        this.attestations = attestations;
    }

    record StandardView(Standard standard, List<StandardFunction> functions) {
    }

    record TitleRequest(@NotBlank String title, int positionVersion) {
    }

    @GetMapping(BASE)
    List<Standard> list() {
        return standards.list(CurrentActor.get());
    }

    /** A CSV or XML file in Uptake's format (docs/professional-standard-format.md). */
    @PostMapping(BASE)
    @ResponseStatus(HttpStatus.CREATED)
    Standard importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return standards.importFile(CurrentActor.get(), file.getBytes());
    }

    @PostMapping(BASE + "/sample")
    @ResponseStatus(HttpStatus.CREATED)
    Standard importSample() {
        return standards.importSample(CurrentActor.get());
    }

    @GetMapping(BASE + "/{id}")
    StandardView get(@PathVariable long id) {
        var actor = CurrentActor.get();
        return new StandardView(standards.get(actor, id), standards.functions(actor, id));
    }

    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
        standards.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{id}/mappings")
    List<Mapping> mappings(@PathVariable long id) {
        return mappings.forStandard(CurrentActor.get(), id);
    }

    @PostMapping(BASE + "/{id}/mappings")
    @ResponseStatus(HttpStatus.CREATED)
    Mapping map(@PathVariable long id, @Valid @RequestBody MappingForm form) {
        return mappings.map(CurrentActor.get(), id, form);
    }

    @GetMapping(BASE + "/mappings/{mappingId}")
    Mapping mapping(@PathVariable long mappingId) {
        return mappings.get(CurrentActor.get(), mappingId);
    }

    @PutMapping(BASE + "/mappings/{mappingId}")
    Mapping update(@PathVariable long mappingId, @Valid @RequestBody MappingForm form) {
        return mappings.update(CurrentActor.get(), mappingId, form);
    }

    @DeleteMapping(BASE + "/mappings/{mappingId}")
    ResponseEntity<Void> unmap(@PathVariable long mappingId, @RequestParam int version) {
        mappings.delete(CurrentActor.get(), mappingId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(BASE + "/mappings/{mappingId}/title")
    TitleChange alignTitle(@PathVariable long mappingId, @Valid @RequestBody TitleRequest request) {
        return mappings.alignTitle(CurrentActor.get(), mappingId, request.title(), request.positionVersion());
    }

    @GetMapping(BASE + "/mappings/{mappingId}/attestations")
    List<Attestation> attestations(@PathVariable long mappingId) {
        return attestations.forMapping(CurrentActor.get(), mappingId);
    }

    @PostMapping(BASE + "/mappings/{mappingId}/attestations")
    @ResponseStatus(HttpStatus.CREATED)
    AttestationService.Recorded attest(@PathVariable long mappingId, @Valid @RequestBody AttestationForm form) {
        return attestations.record(CurrentActor.get(), mappingId, form);
    }

    @GetMapping(BASE + "/compliance")
    List<ComplianceRow> compliance() {
        return mappings.compliance(CurrentActor.get());
    }

    @GetMapping("/api/v1/people/{personId}/attestations")
    List<Attestation> personal(@PathVariable long personId) {
        return attestations.forPerson(CurrentActor.get(), personId);
    }
}
