package org.uptake.process.raci.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.process.raci.RaciForm;
import org.uptake.process.raci.RaciMatrix;
import org.uptake.process.raci.RaciService;
import org.uptake.shared.CurrentActor;

@Tag(name = "RACI", description = "Process × position: A = owner, R = executors (from the specifications), C and I set here")
@RestController
@RequestMapping("/api/v1/processes/raci")
class RaciApiController {

    private final RaciService raci;

    RaciApiController(RaciService raci) {
        this.raci = raci;
    }

    @GetMapping
    @Operation(summary = "The matrix of a process and its sub-processes (the first level-1 process when rootId is absent); "
            + "positions come 30 at a time, columns is the page")
    RaciMatrix matrix(@RequestParam(required = false) Long rootId, @RequestParam(defaultValue = "0") int columns) {
        return raci.matrix(CurrentActor.get(), rootId, columns);
    }

    @PutMapping
    @Operation(summary = "Sets one cell to C, I or empty; owner and executors cells are refused (change the specification)")
    RaciMatrix set(@Valid @RequestBody RaciForm form, @RequestParam(required = false) Long rootId) {
        raci.set(CurrentActor.get(), form);
        return raci.matrix(CurrentActor.get(), rootId == null ? form.getProcessId() : rootId);
    }
}
