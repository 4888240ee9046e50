package org.uptake.program.baseline.web;

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
import org.uptake.program.baseline.Baseline;
import org.uptake.program.baseline.BaselineForm;
import org.uptake.program.baseline.BaselineService;
import org.uptake.program.baseline.BurnDown;
import org.uptake.program.baseline.Variance;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.paging.PageRequest;
import org.uptake.shared.paging.Slice;

@Tag(name = "Baselines", description = "Named snapshots of a plan, its variance against them (working days) and the burn-down")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class BaselineApiController {

    static final int MAX_TASKS = 10_000;

    private final BaselineService baselines;

    BaselineApiController(BaselineService baselines) {
        this.baselines = baselines;
    }

    @GetMapping("/baselines")
    @Operation(summary = "Baselines, newest first; follow `next` for the following page")
    Slice<Baseline> list(@PathVariable long programId, @RequestParam(required = false) String after,
                         @RequestParam(defaultValue = "50") int size) {
        return baselines.list(CurrentActor.get(), programId, new PageRequest(null, after, size));
    }

    @PostMapping("/baselines")
    @Operation(summary = "Saves the plan as it is now under a name unique in the program (e.g. at a gate: phaseId)")
    ResponseEntity<Baseline> save(@PathVariable long programId, @Valid @RequestBody BaselineForm form) {
        Baseline b = baselines.save(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/baselines/" + b.id())).body(b);
    }

    @GetMapping("/baselines/{baselineId}")
    Baseline get(@PathVariable long programId, @PathVariable long baselineId) {
        return baselines.get(CurrentActor.get(), programId, baselineId);
    }

    @PutMapping("/baselines/{baselineId}")
    @Operation(summary = "Renames a baseline or changes its note or gate (its dates never change); a stale version is a 409")
    Baseline rename(@PathVariable long programId, @PathVariable long baselineId, @Valid @RequestBody BaselineForm form) {
        return baselines.rename(CurrentActor.get(), programId, baselineId, form);
    }

    @DeleteMapping("/baselines/{baselineId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long baselineId, @RequestParam int version) {
        baselines.delete(CurrentActor.get(), programId, baselineId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/baselines/{baselineId}/variance")
    @Operation(summary = "Start and finish slip in working days of the organisation's calendar (positive = later) for the "
            + "whole plan, every phase and the tasks that moved (all=true: every task; phaseId: one phase's)")
    Variance variance(@PathVariable long programId, @PathVariable long baselineId, @RequestParam(required = false) Long phaseId,
                      @RequestParam(defaultValue = "false") boolean all) {
        return baselines.variance(CurrentActor.get(), programId, baselineId, phaseId, all, MAX_TASKS);
    }

    @GetMapping("/burndown")
    @Operation(summary = "Remaining (not done, not cancelled) tasks per week: actual, current plan and a baseline (default: the newest)")
    BurnDown burnDown(@PathVariable long programId, @RequestParam(required = false) Long baselineId) {
        return baselines.burnDown(CurrentActor.get(), programId, baselineId);
    }
}
