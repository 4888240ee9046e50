package org.uptake.program.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
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
import org.uptake.program.resource.Allocation;
import org.uptake.program.resource.AllocationForm;
import org.uptake.program.resource.AllocationService;
import org.uptake.program.resource.PersonLoad;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Resources", description = "People allocated to a program with hours per week, and over-allocation across programs")
@RestController
@RequestMapping("/api/v1/programs/{programId}/allocations")
class AllocationApiController {

    private final AllocationService allocations;

    AllocationApiController(AllocationService allocations) {
        this.allocations = allocations;
    }

    @GetMapping
    @Operation(summary = "Allocations by start date; follow `next` for the following page")
    Slice<Allocation> list(@PathVariable long programId, @RequestParam(required = false) String after,
                           @RequestParam(defaultValue = "50") int size) {
        return allocations.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @GetMapping("/load")
    @Operation(summary = "Each allocated person's weekly load across all programs against their capacity; over-allocated first")
    List<PersonLoad> load(@PathVariable long programId) {
        return allocations.loads(CurrentActor.get(), programId);
    }

    @PostMapping
    ResponseEntity<Allocation> add(@PathVariable long programId, @Valid @RequestBody AllocationForm form) {
        Allocation a = allocations.add(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/allocations/" + a.id())).body(a);
    }

    @GetMapping("/{allocationId}")
    Allocation get(@PathVariable long programId, @PathVariable long allocationId) {
        return allocations.get(CurrentActor.get(), programId, allocationId);
    }

    @PutMapping("/{allocationId}")
    Allocation update(@PathVariable long programId, @PathVariable long allocationId, @Valid @RequestBody AllocationForm form) {
        return allocations.update(CurrentActor.get(), programId, allocationId, form);
    }

    @DeleteMapping("/{allocationId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long allocationId, @RequestParam int version) {
        allocations.delete(CurrentActor.get(), programId, allocationId, version);
        return ResponseEntity.noContent().build();
    }

    record CapacityRequest(BigDecimal hoursPerWeek) {
    }

    @PutMapping("/capacity/{personId}")
    @Operation(summary = "Sets the weekly capacity (hours) of a person allocated to the program; it holds across programs")
    ResponseEntity<Void> capacity(@PathVariable long programId, @PathVariable long personId, @RequestBody CapacityRequest body) {
        allocations.setCapacity(CurrentActor.get(), programId, personId, body.hoursPerWeek());
        return ResponseEntity.noContent().build();
    }
}
