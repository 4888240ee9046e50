package org.uptake.rollout.pilot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.uptake.rollout.pilot.Finding;
import org.uptake.rollout.pilot.FindingForm;
import org.uptake.rollout.pilot.PilotService;
import org.uptake.rollout.pilot.Stability;
import org.uptake.rollout.pilot.StabilityRule;
import org.uptake.rollout.wave.Wave;
import org.uptake.shared.CurrentActor;

@Tag(name = "Pilot", description = "Pilot findings and the stable criteria between waves")
@RestController
@RequestMapping("/api/v1/programs/{programId}")
class PilotApiController {

    private final PilotService pilot;

    PilotApiController(PilotService pilot) {
        this.pilot = pilot;
    }

    record VersionRequest(int version) {
    }

    record OverrideRequest(String reason, int version) {
    }

    @GetMapping("/waves/{waveId}/findings")
    List<Finding> findings(@PathVariable long programId, @PathVariable long waveId) {
        return pilot.findings(CurrentActor.get(), programId, waveId);
    }

    @PostMapping("/waves/{waveId}/findings")
    ResponseEntity<Finding> report(@PathVariable long programId, @PathVariable long waveId, @Valid @RequestBody FindingForm form) {
        Finding f = pilot.report(CurrentActor.get(), programId, waveId, form);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/findings/" + f.id())).body(f);
    }

    @PutMapping("/findings/{findingId}")
    Finding update(@PathVariable long programId, @PathVariable long findingId, @Valid @RequestBody FindingForm form) {
        return pilot.update(CurrentActor.get(), programId, findingId, form);
    }

    @GetMapping("/waves/{waveId}/stability")
    @Operation(summary = "Whether the wave meets the program's stable criteria now, with the reasons when not")
    Stability stability(@PathVariable long programId, @PathVariable long waveId) {
        return pilot.stability(CurrentActor.get(), programId, waveId);
    }

    @PostMapping("/waves/{waveId}/stable")
    Wave stable(@PathVariable long programId, @PathVariable long waveId, @RequestBody VersionRequest body) {
        return pilot.declareStable(CurrentActor.get(), programId, waveId, body.version());
    }

    @PostMapping("/waves/{waveId}/stability-override")
    @Operation(summary = "The sponsor or an admin lets the next wave go although this one is not stable; a reason is required")
    Wave override(@PathVariable long programId, @PathVariable long waveId, @RequestBody OverrideRequest body) {
        return pilot.overrideStable(CurrentActor.get(), programId, waveId, body.reason(), body.version());
    }

    @GetMapping("/rollout/stability-rule")
    StabilityRule rule(@PathVariable long programId) {
        return pilot.rule(CurrentActor.get(), programId);
    }

    @PutMapping("/rollout/stability-rule")
    StabilityRule saveRule(@PathVariable long programId, @Valid @RequestBody StabilityRule rule) {
        return pilot.saveRule(CurrentActor.get(), programId, rule);
    }
}
