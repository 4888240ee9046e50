package org.uptake.rollout.wave.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.uptake.rollout.wave.Wave;
import org.uptake.rollout.wave.WaveForm;
import org.uptake.rollout.wave.WaveService;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.CurrentActor;

@Tag(name = "Waves", description = "A program's rollout waves: ordered groups of scope units with planned go-live dates")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class WaveApiController {

    private final WaveService waves;

    WaveApiController(WaveService waves) {
        this.waves = waves;
    }

    record WaveDetail(Wave wave, List<WaveUnit> units) {
    }

    record UnitsRequest(@NotNull @Size(min = 1, max = 1000) List<Long> unitIds) {
    }

    record MoveRequest(@NotNull Long waveId, int version) {
    }

    @GetMapping("/waves")
    List<Wave> list(@PathVariable long programId) {
        return waves.list(CurrentActor.get(), programId);
    }

    @PostMapping("/waves")
    @Operation(summary = "Adds a wave after the last one; refused when dated before its predecessor or a unit is outside the scope or in another wave")
    ResponseEntity<Wave> create(@PathVariable long programId, @Valid @RequestBody WaveForm form) {
        Wave w = waves.create(CurrentActor.get(), programId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/waves/" + w.id())).body(w);
    }

    @GetMapping("/waves/{waveId}")
    WaveDetail get(@PathVariable long programId, @PathVariable long waveId) {
        var actor = CurrentActor.get();
        return new WaveDetail(waves.get(actor, programId, waveId), waves.units(actor, programId, waveId));
    }

    @PutMapping("/waves/{waveId}")
    @Operation(summary = "Changes a wave; a new go-live date moves its units' dates and the playbook steps dated from it")
    Wave update(@PathVariable long programId, @PathVariable long waveId, @Valid @RequestBody WaveForm form) {
        return waves.update(CurrentActor.get(), programId, waveId, form);
    }

    @DeleteMapping("/waves/{waveId}")
    @Operation(summary = "Deletes a wave without live units; its open tasks are cancelled")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long waveId, @RequestParam int version) {
        waves.delete(CurrentActor.get(), programId, waveId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/waves/{waveId}/units")
    List<WaveUnit> addUnits(@PathVariable long programId, @PathVariable long waveId, @Valid @RequestBody UnitsRequest body) {
        return waves.addUnits(CurrentActor.get(), programId, waveId, body.unitIds());
    }

    @PostMapping("/wave-units/{waveUnitId}/move")
    @Operation(summary = "Moves a unit to another wave; refused once it is live")
    WaveUnit move(@PathVariable long programId, @PathVariable long waveUnitId, @Valid @RequestBody MoveRequest body) {
        return waves.moveUnit(CurrentActor.get(), programId, waveUnitId, body.waveId(), body.version());
    }

    @DeleteMapping("/wave-units/{waveUnitId}")
    ResponseEntity<Void> remove(@PathVariable long programId, @PathVariable long waveUnitId, @RequestParam int version) {
        waves.removeUnit(CurrentActor.get(), programId, waveUnitId, version);
        return ResponseEntity.noContent().build();
    }
}
