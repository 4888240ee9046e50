package org.uptake.process.spec.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.LongSupplier;
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
import org.uptake.process.spec.Specification;
import org.uptake.process.spec.SpecificationCheck;
import org.uptake.process.spec.SpecificationEditService;
import org.uptake.process.spec.SpecificationForms;
import org.uptake.process.spec.SpecificationService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;

/**
 * A process's specification and its parts, in the seed's order. Adding answers 201 with the new
 * part's id; changing answers the whole specification; removing answers 204.
 */
@Tag(name = "Process specifications", description = "Clients → goals → results → indicators → resources → suppliers → executors")
@RestController
@RequestMapping("/api/v1/processes/{id}")
class SpecificationApiController {

    record Created(long id) {
    }

    private final SpecificationService specs;
    private final SpecificationEditService edits;

    SpecificationApiController(SpecificationService specs, SpecificationEditService edits) {
        this.specs = specs;
        this.edits = edits;
    }

    private static ResponseEntity<Created> created(LongSupplier add) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(add.getAsLong()));
    }

    private Specification current(Actor actor, long id) {
        return specs.get(actor, id);
    }

    @GetMapping("/specification")
    @Operation(summary = "The whole specification with its checks and completeness")
    Specification specification(@PathVariable long id) {
        return specs.get(CurrentActor.get(), id);
    }

    @GetMapping("/checks")
    List<SpecificationCheck> checks(@PathVariable long id) {
        return specs.checks(CurrentActor.get(), id);
    }

    @PostMapping("/clients")
    ResponseEntity<Created> addClient(@PathVariable long id, @Valid @RequestBody SpecificationForms.Client f) {
        return created(() -> edits.addClient(CurrentActor.get(), id, f));
    }

    @PutMapping("/clients/{partId}")
    Specification updateClient(@PathVariable long id, @PathVariable long partId, @Valid @RequestBody SpecificationForms.Client f) {
        edits.updateClient(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/clients/{partId}")
    ResponseEntity<Void> removeClient(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeClient(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/goals")
    @Operation(summary = "Adds a goal for one of the process's clients (clients come first)")
    ResponseEntity<Created> addGoal(@PathVariable long id, @Valid @RequestBody SpecificationForms.Goal f) {
        return created(() -> edits.addGoal(CurrentActor.get(), id, f));
    }

    @PutMapping("/goals/{partId}")
    Specification updateGoal(@PathVariable long id, @PathVariable long partId, @Valid @RequestBody SpecificationForms.Goal f) {
        edits.updateGoal(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/goals/{partId}")
    ResponseEntity<Void> removeGoal(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeGoal(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results")
    ResponseEntity<Created> addResult(@PathVariable long id, @Valid @RequestBody SpecificationForms.Result f) {
        return created(() -> edits.addResult(CurrentActor.get(), id, f));
    }

    @PutMapping("/results/{partId}")
    Specification updateResult(@PathVariable long id, @PathVariable long partId, @Valid @RequestBody SpecificationForms.Result f) {
        edits.updateResult(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/results/{partId}")
    ResponseEntity<Void> removeResult(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeResult(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/indicators")
    @Operation(summary = "Adds an indicator of a goal with its measurement methods; refused until goals and results exist")
    ResponseEntity<Created> addIndicator(@PathVariable long id, @Valid @RequestBody SpecificationForms.Indicator f) {
        return created(() -> edits.addIndicator(CurrentActor.get(), id, f));
    }

    @PutMapping("/indicators/{partId}")
    Specification updateIndicator(@PathVariable long id, @PathVariable long partId,
                                  @Valid @RequestBody SpecificationForms.Indicator f) {
        edits.updateIndicator(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/indicators/{partId}")
    ResponseEntity<Void> removeIndicator(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeIndicator(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resources")
    @Operation(summary = "Adds a resource with its supplier: supplierId, or newSupplierName to add the supplier too")
    ResponseEntity<Created> addResource(@PathVariable long id, @Valid @RequestBody SpecificationForms.Resource f) {
        return created(() -> edits.addResource(CurrentActor.get(), id, f));
    }

    @PutMapping("/resources/{partId}")
    Specification updateResource(@PathVariable long id, @PathVariable long partId,
                                 @Valid @RequestBody SpecificationForms.Resource f) {
        edits.updateResource(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/resources/{partId}")
    ResponseEntity<Void> removeResource(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeResource(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/suppliers")
    ResponseEntity<Created> addSupplier(@PathVariable long id, @Valid @RequestBody SpecificationForms.Supplier f) {
        return created(() -> edits.addSupplier(CurrentActor.get(), id, f));
    }

    @PutMapping("/suppliers/{partId}")
    @Operation(summary = "Changes a supplier; sourceProcessId names the process whose results it supplies (drawn on the map)")
    Specification updateSupplier(@PathVariable long id, @PathVariable long partId,
                                 @Valid @RequestBody SpecificationForms.Supplier f) {
        edits.updateSupplier(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/suppliers/{partId}")
    ResponseEntity<Void> removeSupplier(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeSupplier(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/executors")
    @Operation(summary = "Adds an executor: a positionId, or a provisionalRole name while the structure is unsettled")
    ResponseEntity<Created> addExecutor(@PathVariable long id, @Valid @RequestBody SpecificationForms.Executor f) {
        return created(() -> edits.addExecutor(CurrentActor.get(), id, f));
    }

    @PutMapping("/executors/{partId}")
    Specification updateExecutor(@PathVariable long id, @PathVariable long partId,
                                 @Valid @RequestBody SpecificationForms.Executor f) {
        edits.updateExecutor(CurrentActor.get(), id, partId, f);
        return current(CurrentActor.get(), id);
    }

    @DeleteMapping("/executors/{partId}")
    ResponseEntity<Void> removeExecutor(@PathVariable long id, @PathVariable long partId, @RequestParam int version) {
        edits.removeExecutor(CurrentActor.get(), id, partId, version);
        return ResponseEntity.noContent().build();
    }
}
