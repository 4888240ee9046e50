package org.uptake.process.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import org.uptake.process.centre.CentreForms;
import org.uptake.process.centre.CentreFunction;
import org.uptake.process.centre.CentreService;
import org.uptake.process.centre.ResponsibilityCentre;
import org.uptake.shared.CurrentActor;

@Tag(name = "Responsibility centres", description = "Centres, the processes they serve, orphan processes and duplicated functions")
@RestController
@RequestMapping("/api/v1/processes/centres")
class CentreApiController {

    record CentreDetail(ResponsibilityCentre centre, List<CentreFunction> functions) {
    }

    private final CentreService centres;

    CentreApiController(CentreService centres) {
        this.centres = centres;
    }

    @GetMapping
    List<ResponsibilityCentre> list() {
        return centres.all(CurrentActor.get());
    }

    @PostMapping
    ResponseEntity<ResponsibilityCentre> create(@Valid @RequestBody CentreForms.Centre form) {
        ResponsibilityCentre created = centres.create(CurrentActor.get(), form);
        return ResponseEntity.created(URI.create("/api/v1/processes/centres/" + created.id())).body(created);
    }

    @GetMapping("/{centreId}")
    CentreDetail get(@PathVariable long centreId) {
        var actor = CurrentActor.get();
        return new CentreDetail(centres.get(actor, centreId), centres.functionsOf(actor, centreId));
    }

    @PutMapping("/{centreId}")
    ResponsibilityCentre update(@PathVariable long centreId, @Valid @RequestBody CentreForms.Centre form) {
        return centres.update(CurrentActor.get(), centreId, form);
    }

    @DeleteMapping("/{centreId}")
    ResponseEntity<Void> delete(@PathVariable long centreId, @RequestParam int version) {
        centres.delete(CurrentActor.get(), centreId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{centreId}/unit")
    @Operation(summary = "Turns a proposed centre into a unit of the structure (admins)")
    ResponsibilityCentre becomeUnit(@PathVariable long centreId, @Valid @RequestBody CentreForms.NewUnit form) {
        return centres.becomeUnit(CurrentActor.get(), centreId, form);
    }

    @PostMapping("/{centreId}/functions")
    @Operation(summary = "The centre serves a process with this function")
    ResponseEntity<Map<String, Long>> addFunction(@PathVariable long centreId, @Valid @RequestBody CentreForms.Function form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", centres.addFunction(CurrentActor.get(), centreId, form)));
    }

    @PutMapping("/{centreId}/functions/{functionId}")
    ResponseEntity<Void> updateFunction(@PathVariable long centreId, @PathVariable long functionId,
                                        @Valid @RequestBody CentreForms.Function form) {
        centres.updateFunction(CurrentActor.get(), centreId, functionId, form);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{centreId}/functions/{functionId}")
    ResponseEntity<Void> removeFunction(@PathVariable long centreId, @PathVariable long functionId, @RequestParam int version) {
        centres.removeFunction(CurrentActor.get(), centreId, functionId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/orphans")
    @Operation(summary = "The tops of the ownerless branches: processes that no centre serves, nor any process above or below them")
    List<org.uptake.process.centre.OrphanProcess> orphans() {
        return centres.orphans(CurrentActor.get());
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Functions of processes that more than one centre serves")
    List<CentreFunction> duplicates() {
        return centres.duplicates(CurrentActor.get());
    }
}
