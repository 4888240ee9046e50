package org.uptake.rollout.parallel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.rollout.parallel.CheckForm;
import org.uptake.rollout.parallel.CutoverForm;
import org.uptake.rollout.parallel.ParallelRun;
import org.uptake.rollout.parallel.ParallelRunService;
import org.uptake.rollout.parallel.ReadingForm;
import org.uptake.rollout.parallel.Reconciliation;
import org.uptake.rollout.parallel.ReconciliationCheck;
import org.uptake.rollout.parallel.RunForm;
import org.uptake.shared.CurrentActor;

@Tag(name = "Parallel run", description = "Legacy and new system side by side: period, daily reconciliation, exit criteria, cutover")
@RestController
@RequestMapping("/api/v1/programs/{programId}/parallel-runs")
class ParallelRunApiController {

    private final ParallelRunService runs;

    ParallelRunApiController(ParallelRunService runs) {
        this.runs = runs;
    }

    record Readings(@NotNull @Size(min = 1, max = 10_000) List<@Valid @NotNull ReadingForm> readings) {
    }

    @GetMapping
    List<ParallelRun> list(@PathVariable long programId) {
        return runs.list(CurrentActor.get(), programId);
    }

    @PostMapping
    @Operation(summary = "Starts a parallel run for a wave (waveId) or one wave unit (waveUnitId)")
    ResponseEntity<ParallelRun> create(@PathVariable long programId, @Valid @RequestBody RunForm form) {
        ParallelRun run = runs.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/parallel-runs/" + run.id())).body(run);
    }

    @GetMapping("/{runId}")
    @Operation(summary = "The run with its checks, the last 60 days of readings and whether the exit criteria are met")
    Reconciliation get(@PathVariable long programId, @PathVariable long runId) {
        return runs.get(CurrentActor.get(), programId, runId);
    }

    @PutMapping("/{runId}")
    ParallelRun update(@PathVariable long programId, @PathVariable long runId, @Valid @RequestBody RunForm form) {
        return runs.update(CurrentActor.get(), programId, runId, form);
    }

    @PostMapping("/{runId}/checks")
    ReconciliationCheck addCheck(@PathVariable long programId, @PathVariable long runId, @Valid @RequestBody CheckForm form) {
        return runs.addCheck(CurrentActor.get(), programId, runId, form);
    }

    @PostMapping("/{runId}/readings")
    @Operation(summary = "Posts daily counts (all or nothing); a day already recorded for a check is replaced")
    Reconciliation record(@PathVariable long programId, @PathVariable long runId, @Valid @RequestBody Readings body) {
        return runs.record(CurrentActor.get(), programId, runId, body.readings(), "API");
    }

    @PostMapping("/{runId}/decision")
    @Operation(summary = "Records CUTOVER (refused until the exit criteria are met), EXTEND (with a later end) or ROLL_BACK")
    ParallelRun decide(@PathVariable long programId, @PathVariable long runId, @Valid @RequestBody CutoverForm form) {
        return runs.decide(CurrentActor.get(), programId, runId, form);
    }
}
